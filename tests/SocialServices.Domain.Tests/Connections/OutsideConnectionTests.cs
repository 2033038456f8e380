using SocialServices.Domain.Cases;
using SocialServices.Domain.Connections;

namespace SocialServices.Domain.Tests.Connections;

public sealed class OutsideConnectionTests
{
    private static readonly Actor Worker = new("u1", "Līga Kalniņa");
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static ConnectionDetails School(ConnectionStrength strength = ConnectionStrength.Moderate) =>
        new(ConnectionKind.School, "  Jelgavas 4. sākumskola ", strength, SupportDirection.Mutual, " ", new DateOnly(2023, 9, 1));

    [Fact]
    public void A_new_connection_keeps_what_was_recorded_and_who_recorded_it()
    {
        var connection = new OutsideConnection(7, School(), Worker, At);
        Assert.Equal(7, connection.ClientId);
        Assert.Equal("Jelgavas 4. sākumskola", connection.Name);
        Assert.Null(connection.Notes);
        Assert.Equal("u1", connection.CreatedById);
        Assert.False(connection.IsEnded);
    }

    [Fact]
    public void An_update_says_whether_anything_changed()
    {
        var connection = new OutsideConnection(7, School(), Worker, At);
        Assert.False(connection.Update(School(), Worker, At.AddHours(1)));
        Assert.Null(connection.ChangedAt);
        Assert.True(connection.Update(School(ConnectionStrength.Stressful), Worker, At.AddHours(2)));
        Assert.Equal(ConnectionStrength.Stressful, connection.Strength);
        Assert.Equal(At.AddHours(2), connection.ChangedAt);
    }

    [Fact]
    public void An_ended_connection_stays_as_it_was()
    {
        var connection = new OutsideConnection(7, School(), Worker, At);
        Assert.Throws<ArgumentException>(() => connection.End(new DateOnly(2023, 8, 31), null, Worker, At));
        connection.End(new DateOnly(2026, 6, 1), " Beidza skolu ", Worker, At);
        Assert.True(connection.IsEnded);
        Assert.Equal("Beidza skolu", connection.EndReason);
        Assert.Throws<InvalidOperationException>(() => connection.End(new DateOnly(2026, 6, 2), null, Worker, At));
        Assert.Throws<InvalidOperationException>(() => connection.Update(School(ConnectionStrength.Weak), Worker, At));
    }

    [Fact]
    public void Unknown_values_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OutsideConnection(7, School() with { Strength = (ConnectionStrength)9 }, Worker, At));
        Assert.Throws<ArgumentException>(() => new OutsideConnection(7, School() with { Name = " " }, Worker, At));
    }
}
