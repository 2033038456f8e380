using SocialServices.Domain.Applications;
using static SocialServices.Domain.Tests.Applications.TestApplications;

namespace SocialServices.Domain.Tests.Applications;

/// <summary>Extensions, decisions, revocation, notification, contract and withdrawal of an application.</summary>
public sealed class ServiceApplicationDecisionTests
{
    // ---- extending the deadline

    [Fact]
    public void An_extension_moves_the_deadline_and_records_who_was_told_when()
    {
        var application = New(D(2026, 1, 31));

        var errors = application.Extend(D(2026, 4, 30), "  Gaidām bāriņtiesas atzinumu ", D(2026, 2, 20), NotificationChannel.Post, Worker, At);

        Assert.Empty(errors);
        Assert.Equal(D(2026, 4, 30), application.DecisionDue);
        Assert.Equal(D(2026, 4, 30), application.Deadline!.Current);
        Assert.Equal(D(2026, 2, 28), application.Deadline.Original);
        var extension = Assert.Single(application.Extensions);
        Assert.Equal(D(2026, 2, 28), extension.PreviousDeadline);
        Assert.Equal(D(2026, 4, 30), extension.NewDeadline);
        Assert.Equal("Gaidām bāriņtiesas atzinumu", extension.Reason);
        Assert.Equal(D(2026, 2, 20), extension.ApplicantInformedOn);
        Assert.Equal(NotificationChannel.Post, extension.InformedBy);
        Assert.Equal(Worker.UserId, extension.RecordedById);
    }

    [Fact]
    public void A_second_extension_starts_from_the_first()
    {
        var application = New(D(2026, 1, 31));
        application.Extend(D(2026, 3, 31), "pirmais", D(2026, 2, 20), NotificationChannel.Email, Worker, At);

        Assert.Empty(application.Extend(D(2026, 5, 31), "otrais", D(2026, 3, 25), NotificationChannel.Phone, Worker, At));

        Assert.Equal([D(2026, 2, 28), D(2026, 3, 31)], application.Extensions.Select(e => e.PreviousDeadline));
        Assert.Equal(D(2026, 5, 31), application.DecisionDue);
    }

    [Theory]
    [InlineData(2026, 6, 1, "iemesls", DeadlineExtensionError.BeyondMaximum)] // more than four months after 31 January
    [InlineData(2026, 2, 28, "iemesls", DeadlineExtensionError.NotAfterCurrentDeadline)]
    [InlineData(2026, 3, 31, " ", DeadlineExtensionError.ReasonRequired)]
    public void An_invalid_extension_returns_its_error_and_changes_nothing(int y, int m, int d, string reason, DeadlineExtensionError error)
    {
        var application = New(D(2026, 1, 31));

        var errors = application.Extend(D(y, m, d), reason, D(2026, 2, 20), NotificationChannel.Post, Worker, At);

        Assert.Equal([error], errors);
        Assert.Empty(application.Extensions);
        Assert.Equal(D(2026, 2, 28), application.DecisionDue);
    }

    [Fact]
    public void An_application_still_awaiting_documents_has_no_deadline_to_extend()
    {
        var application = New(D(2026, 11, 2), Income);

        Assert.Throws<InvalidOperationException>(() => application.Extend(D(2026, 12, 31), "iemesls", D(2026, 11, 20), NotificationChannel.Post, Worker, At));
        Assert.Empty(application.Extensions);
    }

    [Fact]
    public void A_decided_or_queued_application_cannot_be_extended()
    {
        var granted = New(D(2026, 11, 2));
        granted.Grant(D(2026, 11, 20));
        var queued = New(D(2026, 11, 2));
        queued.Queue(D(2026, 11, 20));

        Assert.Throws<InvalidOperationException>(() => granted.Extend(D(2026, 12, 31), "iemesls", D(2026, 11, 20), NotificationChannel.Post, Worker, At));
        Assert.Throws<InvalidOperationException>(() => queued.Extend(D(2026, 12, 31), "iemesls", D(2026, 11, 20), NotificationChannel.Post, Worker, At));
    }

    // ---- what may be decided

    [Fact]
    public void Granting_needs_the_documents_complete()
    {
        var application = New(D(2026, 11, 2), Income);

        Assert.Equal([DecisionError.DocumentsMissing], application.CanDecide(DecisionKind.Grant, D(2026, 11, 20), null));
        Assert.Throws<InvalidOperationException>(() => application.Grant(D(2026, 11, 20)));
        Assert.Empty(application.Decisions);
        Assert.Equal(ApplicationStatus.AwaitingDocuments, application.Status);
    }

    [Fact]
    public void Refusing_and_queueing_do_not_need_the_documents()
    {
        var application = New(D(2026, 11, 2), Income);

        Assert.Empty(application.CanDecide(DecisionKind.Refuse, D(2026, 11, 20), "Nav iesniegta izziņa"));
        Assert.Empty(application.CanDecide(DecisionKind.Queue, D(2026, 11, 20), null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Refusing_needs_a_reason(string? reasons)
    {
        var application = New(D(2026, 11, 2));

        Assert.Equal([DecisionError.ReasonRequired], application.CanDecide(DecisionKind.Refuse, D(2026, 11, 20), reasons));
        Assert.Throws<InvalidOperationException>(() => application.Decide(DecisionKind.Refuse, D(2026, 11, 20), LegalBasis, reasons, null, Manager, At));
        Assert.Equal(ApplicationStatus.AwaitingDecision, application.Status);
    }

    [Fact]
    public void Revoking_needs_a_decision_in_force_and_a_reason()
    {
        var application = New(D(2026, 11, 2));

        Assert.Equal([DecisionError.NothingToRevoke, DecisionError.ReasonRequired], application.CanDecide(DecisionKind.Revoke, D(2026, 11, 20), null));

        application.Grant(D(2026, 11, 20));

        Assert.Equal([DecisionError.ReasonRequired], application.CanDecide(DecisionKind.Revoke, D(2026, 11, 25), " "));
        Assert.Empty(application.CanDecide(DecisionKind.Revoke, D(2026, 11, 25), "Kļūda lēmumā"));
    }

    [Fact]
    public void A_decision_cannot_be_dated_before_the_submission()
    {
        var application = New(D(2026, 11, 2));

        Assert.Equal([DecisionError.BeforeSubmission], application.CanDecide(DecisionKind.Grant, D(2026, 11, 1), null));
    }

    [Theory]
    [InlineData(DecisionKind.Grant)]
    [InlineData(DecisionKind.Refuse)]
    public void A_final_decision_cannot_be_taken_twice(DecisionKind first)
    {
        var application = New(D(2026, 11, 2));
        application.Decide(first, D(2026, 11, 20), LegalBasis, "Iemesls", null, Manager, At);

        foreach (var kind in new[] { DecisionKind.Grant, DecisionKind.Refuse, DecisionKind.Queue })
        {
            Assert.Contains(DecisionError.AlreadyDecided, application.CanDecide(kind, D(2026, 11, 21), "Iemesls"));
            Assert.Throws<InvalidOperationException>(() => application.Decide(kind, D(2026, 11, 21), LegalBasis, "Iemesls", null, Manager, At));
        }

        Assert.Single(application.Decisions);
    }

    [Fact]
    public void A_queued_application_cannot_be_queued_again()
    {
        var application = New(D(2026, 11, 2));
        application.Queue(D(2026, 11, 20));

        Assert.Equal([DecisionError.AlreadyQueued], application.CanDecide(DecisionKind.Queue, D(2026, 11, 21), null));
    }

    // ---- taking decisions

    [Fact]
    public void A_decision_records_number_kind_date_basis_reasons_and_decider()
    {
        var application = New(D(2026, 11, 2));

        var decision = application.Decide(DecisionKind.Refuse, D(2026, 11, 20), "  " + LegalBasis + " ", "  Neatbilst mērķa grupai ", 3, Manager, At);

        Assert.Equal("IES-2026/0001-1", decision.Number);
        Assert.Equal(DecisionKind.Refuse, decision.Kind);
        Assert.Equal(D(2026, 11, 20), decision.DecidedOn);
        Assert.Equal(LegalBasis, decision.LegalBasis);
        Assert.Equal("Neatbilst mērķa grupai", decision.Reasons);
        Assert.Null(decision.QueuePosition); // only a queue decision keeps a position
        Assert.Equal(Manager.UserId, decision.DeciderId);
        Assert.Equal(Manager.Name, decision.DeciderName);
        Assert.Equal(At, decision.RecordedAt);
        Assert.False(decision.IsRevoked);
        Assert.Null(decision.NotifiedOn);
        Assert.Equal(ApplicationStatus.Refused, application.Status);
        Assert.Same(decision, application.DecisionInForce);
        Assert.False(application.IsOpen);
    }

    [Fact]
    public void A_decision_needs_a_legal_basis()
    {
        var application = New(D(2026, 11, 2));

        Assert.Throws<ArgumentException>(() => application.Decide(DecisionKind.Grant, D(2026, 11, 20), " ", null, null, Manager, At));
        Assert.Empty(application.Decisions);
    }

    [Fact]
    public void A_grant_without_reasons_keeps_none()
    {
        var application = New(D(2026, 11, 2));

        var decision = application.Decide(DecisionKind.Grant, D(2026, 11, 20), LegalBasis, "   ", null, Manager, At);

        Assert.Null(decision.Reasons);
        Assert.Equal(ApplicationStatus.Granted, application.Status);
    }

    [Fact]
    public void A_queued_application_can_be_granted_later_and_the_queue_decision_stays_in_the_history()
    {
        var application = New(D(2026, 11, 2));
        var queue = application.Queue(D(2026, 11, 20), position: 3);

        Assert.Equal(ApplicationStatus.Queued, application.Status);
        Assert.Equal(D(2026, 11, 20), application.QueuedOn);
        Assert.Equal(3, queue.QueuePosition);
        Assert.True(application.IsOpen);
        Assert.False(application.IsUndecided);

        var grant = application.Grant(D(2027, 2, 1));

        Assert.Equal(ApplicationStatus.Granted, application.Status);
        Assert.Null(application.QueuedOn);
        Assert.Equal([DecisionKind.Queue, DecisionKind.Grant], application.Decisions.Select(d => d.Kind));
        Assert.Equal(["IES-2026/0001-1", "IES-2026/0001-2"], application.Decisions.Select(d => d.Number));
        Assert.False(queue.IsRevoked);
        Assert.Same(grant, application.DecisionInForce);
    }

    [Fact]
    public void A_queued_application_can_be_refused_later()
    {
        var application = New(D(2026, 11, 2));
        application.Queue(D(2026, 11, 20));

        application.Refuse(D(2027, 2, 1));

        Assert.Equal(ApplicationStatus.Refused, application.Status);
        Assert.Null(application.QueuedOn);
    }

    // ---- revoking

    [Fact]
    public void Revoking_a_grant_puts_the_application_back_to_awaiting_a_decision()
    {
        var application = New(D(2026, 11, 2));
        var grant = application.Grant(D(2026, 11, 20));
        application.AttachContract(new ServiceContract("L-15", D(2026, 11, 25), "Biedrība", D(2026, 12, 1), null));

        var revoke = application.Revoke(D(2026, 12, 3));

        Assert.Equal(ApplicationStatus.AwaitingDecision, application.Status);
        Assert.True(application.IsUndecided);
        Assert.Null(application.DecisionInForce);
        Assert.True(grant.IsRevoked);
        Assert.False(revoke.IsRevoked);
        Assert.Equal(DecisionKind.Revoke, revoke.Kind);
        Assert.Equal("IES-2026/0001-2", revoke.Number);
        Assert.Null(application.Contract);
        Assert.Equal(D(2026, 11, 2), application.DocumentsCompleteOn);
        Assert.Equal(D(2026, 12, 2), application.DecisionDue);
        Assert.Equal([DecisionError.NothingToRevoke], application.CanDecide(DecisionKind.Revoke, D(2026, 12, 4), "vēlreiz"));
    }

    [Fact]
    public void After_a_revocation_a_new_decision_takes_the_next_number()
    {
        var application = New(D(2026, 11, 2));
        application.Grant(D(2026, 11, 20));
        application.Revoke(D(2026, 12, 3));

        var refusal = application.Refuse(D(2026, 12, 10));

        Assert.Equal("IES-2026/0001-3", refusal.Number);
        Assert.Same(refusal, application.DecisionInForce);
        Assert.Equal(ApplicationStatus.Refused, application.Status);
    }

    [Fact]
    public void Revoking_a_refusal_taken_while_documents_were_missing_puts_it_back_to_awaiting_documents()
    {
        var application = New(D(2026, 11, 2), Income);
        application.Refuse(D(2026, 11, 20), "Nav iesniegta izziņa");

        application.Revoke(D(2026, 12, 1));

        Assert.Equal(ApplicationStatus.AwaitingDocuments, application.Status);
        Assert.Null(application.DecisionInForce);
        Assert.Null(application.DecisionDue);
    }

    [Fact]
    public void Revoking_a_queue_decision_takes_the_application_out_of_the_queue()
    {
        var application = New(D(2026, 11, 2));
        application.Queue(D(2026, 11, 20));

        application.Revoke(D(2026, 12, 1));

        Assert.Equal(ApplicationStatus.AwaitingDecision, application.Status);
        Assert.Null(application.QueuedOn);
        Assert.Null(application.DecisionInForce);
    }

    [Fact]
    public void Revoking_a_grant_taken_from_the_queue_leaves_no_decision_in_force()
    {
        var application = New(D(2026, 11, 2));
        var queue = application.Queue(D(2026, 11, 20));
        var grant = application.Grant(D(2027, 2, 1));

        application.Revoke(D(2027, 2, 10));

        Assert.True(grant.IsRevoked);
        Assert.False(queue.IsRevoked);
        Assert.Equal(ApplicationStatus.AwaitingDecision, application.Status);
        Assert.Null(application.DecisionInForce); // the queue decision was replaced by the grant, it does not come back
        Assert.Equal([DecisionError.NothingToRevoke], application.CanDecide(DecisionKind.Revoke, D(2027, 2, 11), "vēlreiz"));
    }

    // ---- notification

    [Fact]
    public void The_notification_is_recorded_once()
    {
        var application = New(D(2026, 11, 2));
        var decision = application.Grant(D(2026, 11, 20));

        application.RecordNotification(decision.Id, D(2026, 11, 20), NotificationChannel.InPerson);

        Assert.Equal(D(2026, 11, 20), decision.NotifiedOn);
        Assert.Equal(NotificationChannel.InPerson, decision.NotifiedBy);
        Assert.Throws<InvalidOperationException>(() => application.RecordNotification(decision.Id, D(2026, 11, 21), NotificationChannel.Post));
        Assert.Equal(NotificationChannel.InPerson, decision.NotifiedBy);
    }

    [Fact]
    public void The_applicant_cannot_be_notified_before_the_decision()
    {
        var application = New(D(2026, 11, 2));
        var decision = application.Grant(D(2026, 11, 20));

        Assert.Throws<ArgumentException>(() => application.RecordNotification(decision.Id, D(2026, 11, 19), NotificationChannel.Post));
        Assert.Null(decision.NotifiedOn);
    }

    [Fact]
    public void Notifying_of_an_unknown_decision_is_refused()
    {
        var application = New(D(2026, 11, 2));
        application.Grant(D(2026, 11, 20));

        Assert.Throws<InvalidOperationException>(() => application.RecordNotification(99, D(2026, 11, 20), NotificationChannel.Post));
    }

    // ---- contract

    [Fact]
    public void A_contract_is_attached_to_a_granted_application()
    {
        var application = New(D(2026, 11, 2));
        application.Grant(D(2026, 11, 20));

        application.AttachContract(new ServiceContract(" L-2026/15 ", D(2026, 11, 25), " Biedrība \"Atbalsts\" ", D(2026, 12, 1), D(2027, 5, 31)));

        Assert.Equal(new ServiceContract("L-2026/15", D(2026, 11, 25), "Biedrība \"Atbalsts\"", D(2026, 12, 1), D(2027, 5, 31)), application.Contract);
    }

    [Theory]
    [InlineData(2026, 12, 1)] // one day
    [InlineData(null, null, null)] // open-ended
    public void A_contract_period_may_be_one_day_or_open_ended(int? y, int? m, int? d)
    {
        var application = New(D(2026, 11, 2));
        application.Grant(D(2026, 11, 20));
        DateOnly? to = y is null ? null : D(y.Value, m!.Value, d!.Value);

        application.AttachContract(new ServiceContract("L-1", D(2026, 11, 25), "Biedrība", D(2026, 12, 1), to));

        Assert.Equal(to, application.Contract!.To);
    }

    [Fact]
    public void A_contract_period_cannot_end_before_it_starts()
    {
        var application = New(D(2026, 11, 2));
        application.Grant(D(2026, 11, 20));

        Assert.Throws<ArgumentException>(() => application.AttachContract(new ServiceContract("L-1", D(2026, 11, 25), "Biedrība", D(2026, 12, 1), D(2026, 11, 30))));
        Assert.Throws<ArgumentException>(() => application.AttachContract(new ServiceContract(" ", D(2026, 11, 25), "Biedrība", D(2026, 12, 1), null)));
        Assert.Throws<ArgumentException>(() => application.AttachContract(new ServiceContract("L-1", D(2026, 11, 25), "", D(2026, 12, 1), null)));
        Assert.Null(application.Contract);
    }

    [Fact]
    public void No_contract_without_a_grant()
    {
        var undecided = New(D(2026, 11, 2));
        var queued = New(D(2026, 11, 2));
        queued.Queue(D(2026, 11, 20));
        var refused = New(D(2026, 11, 2));
        refused.Refuse(D(2026, 11, 20));
        var contract = new ServiceContract("L-1", D(2026, 11, 25), "Biedrība", D(2026, 12, 1), null);

        Assert.Throws<InvalidOperationException>(() => undecided.AttachContract(contract));
        Assert.Throws<InvalidOperationException>(() => queued.AttachContract(contract));
        Assert.Throws<InvalidOperationException>(() => refused.AttachContract(contract));
    }

    // ---- withdrawal

    [Fact]
    public void An_open_application_can_be_withdrawn()
    {
        var awaitingDocuments = New(D(2026, 11, 2), Income);
        var awaitingDecision = New(D(2026, 11, 2));
        var queued = New(D(2026, 11, 2));
        queued.Queue(D(2026, 11, 20));

        foreach (var application in new[] { awaitingDocuments, awaitingDecision, queued })
        {
            application.Withdraw(D(2026, 11, 25), "  Klients pārcēlās uz citu novadu ");

            Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
            Assert.Equal(D(2026, 11, 25), application.WithdrawnOn);
            Assert.Equal("Klients pārcēlās uz citu novadu", application.WithdrawalReason);
            Assert.Null(application.QueuedOn);
            Assert.False(application.IsOpen);
            Assert.False(application.IsUndecided);
        }
    }

    [Fact]
    public void A_withdrawal_needs_a_reason()
    {
        var application = New(D(2026, 11, 2));

        Assert.Throws<ArgumentException>(() => application.Withdraw(D(2026, 11, 25), " "));
        Assert.Equal(ApplicationStatus.AwaitingDecision, application.Status);
    }

    [Fact]
    public void A_decided_or_withdrawn_application_cannot_be_withdrawn()
    {
        var granted = New(D(2026, 11, 2));
        granted.Grant(D(2026, 11, 20));
        var withdrawn = New(D(2026, 11, 2));
        withdrawn.Withdraw(D(2026, 11, 20), "Atsauc");

        Assert.Throws<InvalidOperationException>(() => granted.Withdraw(D(2026, 11, 25), "Atsauc"));
        Assert.Throws<InvalidOperationException>(() => withdrawn.Withdraw(D(2026, 11, 25), "Vēlreiz"));
        Assert.Equal(D(2026, 11, 20), withdrawn.WithdrawnOn);
    }

    [Fact]
    public void A_withdrawn_application_cannot_be_decided()
    {
        var application = New(D(2026, 11, 2));
        application.Withdraw(D(2026, 11, 20), "Atsauc");

        Assert.Equal([DecisionError.AlreadyDecided], application.CanDecide(DecisionKind.Grant, D(2026, 11, 25), null));
        Assert.Equal([DecisionError.NothingToRevoke], application.CanDecide(DecisionKind.Revoke, D(2026, 11, 25), "Iemesls"));
    }

    [Fact]
    public void Withdrawing_from_the_queue_ends_the_queue_decision_so_it_cannot_be_revoked_back_to_life()
    {
        var application = New(D(2026, 11, 2));
        application.Queue(D(2026, 11, 20));

        application.Withdraw(D(2026, 11, 25), "Atsauc");

        Assert.Null(application.DecisionInForce);
        Assert.Equal([DecisionError.NothingToRevoke], application.CanDecide(DecisionKind.Revoke, D(2026, 11, 26), "Iemesls"));
        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
    }

    // ---- as loaded from the database

    [Fact]
    public void Decisions_and_extensions_loaded_in_another_order_are_read_by_id()
    {
        // PostgreSQL returns rows in no set order: an updated row (a decision whose notification was recorded later)
        // typically comes back after the rows inserted after it.
        var application = New(D(2026, 11, 2));
        application.Extend(D(2026, 12, 20), "pirmais", D(2026, 11, 20), NotificationChannel.Post, Worker, At);
        application.Extend(D(2027, 1, 31), "otrais", D(2026, 12, 15), NotificationChannel.Post, Worker, At);
        var queue = application.Queue(D(2027, 1, 10));
        var grant = application.Grant(D(2027, 2, 1));
        AsStoredInReverseOrder(application, "_extensions", application.Extensions);
        AsStoredInReverseOrder(application, "_decisions", application.Decisions);
        Assert.Same(queue, application.Decisions[^1]);

        Assert.Same(grant, application.DecisionInForce);
        Assert.Equal(D(2027, 1, 31), application.Deadline!.Current);
        Assert.Equal([D(2026, 12, 2), D(2026, 12, 20)], application.Deadline.Extensions.Select(e => e.PreviousDeadline));
    }

    /// <summary>Gives the rows ids 1, 2, ... in the order they were added, then reverses the loaded list.</summary>
    private static void AsStoredInReverseOrder<T>(ServiceApplication application, string field, IReadOnlyList<T> rows)
    {
        var id = typeof(T).GetProperty("Id")!;
        for (var i = 0; i < rows.Count; i++)
        {
            id.SetValue(rows[i], i + 1);
        }

        var list = (List<T>)typeof(ServiceApplication).GetField(field, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(application)!;
        list.Reverse();
    }
}
