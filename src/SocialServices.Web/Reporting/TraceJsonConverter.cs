using System.Text.Json;
using System.Text.Json.Serialization;
using SocialServices.Domain.Reporting;

namespace SocialServices.Web.Reporting;

/// <summary>
/// The records behind a figure in a stored snapshot, written compactly: runs of one kind as <c>{"Kind":"session","Ids":[…]}</c>
/// instead of an object per record (a provider's year holds hundreds of thousands of them, and a final report reads its
/// snapshot on every view). Snapshots stored before, with an object per record (<c>{"Kind":…,"Id":…}</c>), still read.
/// </summary>
public sealed class TraceJsonConverter : JsonConverter<IReadOnlyList<RecordRef>>
{
    public override IReadOnlyList<RecordRef> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("The records behind a figure are an array.");
        }

        var refs = new List<RecordRef>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            string? kind = null;
            long? id = null;
            var ids = new List<long>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "Kind":
                        kind = reader.GetString();
                        break;
                    case "Id":
                        id = reader.GetInt64();
                        break;
                    case "Ids":
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        {
                            ids.Add(reader.GetInt64());
                        }

                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            if (kind is null)
            {
                throw new JsonException("A record behind a figure without its kind.");
            }

            refs.AddRange(id is { } one ? [new RecordRef(kind, one)] : ids.Select(i => new RecordRef(kind, i)));
        }

        return refs;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<RecordRef> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        for (var i = 0; i < value.Count;)
        {
            var kind = value[i].Kind;
            writer.WriteStartObject();
            writer.WriteString("Kind", kind);
            writer.WriteStartArray("Ids");
            for (; i < value.Count && value[i].Kind == kind; i++)
            {
                writer.WriteNumberValue(value[i].Id);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
