using SocialServices.Domain.Applications;
using static SocialServices.Domain.Tests.Applications.TestApplications;

namespace SocialServices.Domain.Tests.Applications;

/// <summary>When are an application's documents complete, and what deadline runs from then.</summary>
public sealed class ServiceApplicationCompletenessTests
{
    [Fact]
    public void Without_required_documents_the_application_is_complete_on_the_submitted_date()
    {
        var application = New(D(2026, 1, 31));

        Assert.Equal(ApplicationStatus.AwaitingDecision, application.Status);
        Assert.Equal(D(2026, 1, 31), application.DocumentsCompleteOn);
        Assert.Equal(D(2026, 2, 28), application.DecisionDue);
        Assert.Equal(D(2026, 2, 28), application.Deadline!.Current);
        Assert.Empty(application.MissingDocuments);
    }

    [Fact]
    public void A_missing_document_keeps_the_application_awaiting_documents_without_a_deadline()
    {
        var application = New(D(2026, 11, 2), Income, CourtOpinion);
        application.Receive(Income, D(2026, 11, 2));

        Assert.Equal(ApplicationStatus.AwaitingDocuments, application.Status);
        Assert.Null(application.DocumentsCompleteOn);
        Assert.Null(application.DecisionDue);
        Assert.Null(application.Deadline);
        Assert.Equal([CourtOpinion], application.MissingDocuments);
        Assert.True(application.IsUndecided);
        Assert.True(application.IsOpen);
    }

    [Fact]
    public void Required_documents_are_trimmed_and_listed_once_ignoring_case()
    {
        var application = New(D(2026, 11, 2), " Izziņa par ienākumiem ", "IZZIŅA PAR IENĀKUMIEM", "  ", CourtOpinion);

        Assert.Equal([Income, CourtOpinion], application.RequiredDocuments);
        Assert.Equal([Income, CourtOpinion], application.MissingDocuments);
    }

    [Theory]
    [InlineData("izziņa par ienākumiem")]
    [InlineData("IZZIŅA PAR IENĀKUMIEM")] // Latvian letters compare ignoring case too
    [InlineData("  Izziņa par ienākumiem  ")]
    public void Document_names_match_the_required_ones_ignoring_case(string received)
    {
        var application = New(D(2026, 11, 2), Income);

        application.Receive(received, D(2026, 11, 5));

        Assert.Empty(application.MissingDocuments);
        Assert.Equal(ApplicationStatus.AwaitingDecision, application.Status);
        Assert.Equal(D(2026, 11, 5), application.DocumentsCompleteOn);
    }

    [Fact]
    public void A_differently_named_document_does_not_complete_the_application()
    {
        var application = New(D(2026, 11, 2), Income);

        application.Receive("Izziņa par ienākumiem (kopija)", D(2026, 11, 5));

        Assert.Equal([Income], application.MissingDocuments);
        Assert.Equal(ApplicationStatus.AwaitingDocuments, application.Status);
    }

    [Fact]
    public void Complete_on_the_day_the_last_required_document_arrived()
    {
        var application = New(D(2026, 11, 2), Income, CourtOpinion);

        application.Receive(CourtOpinion, D(2026, 11, 12));
        Assert.Equal(ApplicationStatus.AwaitingDocuments, application.Status);

        application.Receive(Income, D(2026, 11, 5)); // recorded later, but received earlier

        Assert.Equal(ApplicationStatus.AwaitingDecision, application.Status);
        Assert.Equal(D(2026, 11, 12), application.DocumentsCompleteOn);
        Assert.Equal(D(2026, 12, 12), application.DecisionDue);
    }

    [Fact]
    public void A_document_dated_before_the_submission_completes_the_application_on_the_submission_date()
    {
        var application = New(D(2026, 11, 10), Income);

        application.Receive(Income, D(2026, 10, 20));

        Assert.Equal(D(2026, 11, 10), application.DocumentsCompleteOn);
        Assert.Equal(D(2026, 12, 10), application.DecisionDue);
    }

    [Fact]
    public void A_document_received_more_than_a_year_before_the_application_is_refused()
    {
        var application = New(D(2026, 11, 10), Income);

        Assert.Throws<ArgumentException>(() => application.Receive(Income, D(2025, 11, 9)));
        Assert.Empty(application.Documents);
    }

    [Fact]
    public void Other_documents_received_later_do_not_move_the_deadline()
    {
        var application = New(D(2026, 11, 2), Income);
        application.Receive(Income, D(2026, 11, 5));

        application.Receive("Ģimenes ārsta izziņa", D(2026, 11, 20));

        Assert.Equal(D(2026, 11, 5), application.DocumentsCompleteOn);
        Assert.Equal(D(2026, 12, 5), application.DecisionDue);
        Assert.Equal(2, application.Documents.Count);
    }

    [Fact]
    public void A_later_copy_of_a_required_document_does_not_move_the_deadline()
    {
        var application = New(D(2026, 11, 2), Income);
        application.Receive(Income, D(2026, 11, 5));

        application.Receive("izziņa par ienākumiem", D(2026, 11, 25)); // a corrected copy

        Assert.Equal(D(2026, 11, 5), application.DocumentsCompleteOn);
        Assert.Equal(D(2026, 12, 5), application.DecisionDue);
    }

    [Fact]
    public void The_document_keeps_what_was_recorded_about_it_and_its_file()
    {
        var application = New(D(2026, 11, 2), Income);
        var file = new StoredFileInfo(Guid.NewGuid(), "izzina.pdf", "application/pdf", 12_345);

        var document = application.AddDocument("  Izziņa par ienākumiem ", D(2026, 11, 3), file, Worker, At);

        Assert.Equal(Income, document.Name);
        Assert.Equal(D(2026, 11, 3), document.ReceivedOn);
        Assert.Equal(file.Id, document.StoredFileId);
        Assert.Equal("izzina.pdf", document.FileName);
        Assert.Equal("application/pdf", document.ContentType);
        Assert.Equal(12_345, document.SizeBytes);
        Assert.Equal(Worker.UserId, document.RecordedById);
    }

    [Fact]
    public void Documents_received_after_a_decision_do_not_change_it()
    {
        var application = New(D(2026, 11, 2));
        application.Grant(D(2026, 11, 20));

        application.Receive("Līgums", D(2026, 11, 25));

        Assert.Equal(ApplicationStatus.Granted, application.Status);
        Assert.Equal(D(2026, 11, 2), application.DocumentsCompleteOn);
    }

    [Fact]
    public void A_queued_application_becomes_complete_when_the_missing_document_arrives_and_can_then_be_granted()
    {
        var application = New(D(2026, 11, 2), Income);
        application.Queue(D(2026, 11, 10), position: 4);
        Assert.Equal([DecisionError.DocumentsMissing], application.CanDecide(DecisionKind.Grant, D(2026, 11, 20), null));

        application.Receive(Income, D(2026, 11, 18));

        Assert.Equal(ApplicationStatus.Queued, application.Status);
        Assert.Equal(D(2026, 11, 18), application.DocumentsCompleteOn);
        Assert.Empty(application.CanDecide(DecisionKind.Grant, D(2026, 11, 20), null));
    }

    [Fact]
    public void A_legal_representative_must_be_named()
    {
        var details = new ApplicationDetails(D(2026, 11, 2), ApplicationChannel.Post, ApplicantKind.LegalRepresentative, " ", null, null, null, null, null);

        Assert.Throws<ArgumentException>(() => new ServiceApplication(1, 10, 20, Number, details, [], Worker, At));
    }

    [Fact]
    public void A_client_applying_has_no_representative_recorded()
    {
        var details = new ApplicationDetails(D(2026, 11, 2), ApplicationChannel.Portal, ApplicantKind.Client, "Anna Liepa", 7, null, null, null, "  ");

        var application = new ServiceApplication(1, 10, 20, Number, details, [], Worker, At);

        Assert.Null(application.ApplicantName);
        Assert.Null(application.ApplicantRelationId);
        Assert.Null(application.Notes);
    }

    [Fact]
    public void A_representative_applying_is_recorded_trimmed()
    {
        var details = new ApplicationDetails(D(2026, 11, 2), ApplicationChannel.EmailWithESignature, ApplicantKind.LegalRepresentative, " Anna Liepa ", 7, null, null, true, null);

        var application = new ServiceApplication(1, 10, 20, Number, details, [], Worker, At);

        Assert.Equal("Anna Liepa", application.ApplicantName);
        Assert.Equal(7, application.ApplicantRelationId);
        Assert.True(application.CustodyRightsAtRisk);
    }
}
