using Kinerja.Measurements.BulkEntry;
using Kinerja.Measurements.ClosingPeriod;
using Kinerja.Measurements.Recording;

namespace Kinerja.Measurements.Tests.BulkEntry;

public class Recording_a_sheet_of_realisations
{
    private static readonly Period Q1 = Period.Quarter(2025, 1);
    private readonly MeasurementPlans _plans = MeasurementPlans.From([Agreements.Signed()]);
    private readonly Dictionary<RealisationKey, Realisation> _realisations = [];
    private RegionPeriods _periods = RegionPeriods.Open(Agreements.Region);

    private BulkOutcome Upload(RealisationSheet sheet, Period? period = null, Caller? caller = null) =>
        new RecordRealisationSheet(Agreements.Region, Agreements.Unit, period ?? Q1, sheet)
            .Decide(_plans, _realisations, _periods, new FixedClock(), caller ?? Callers.UnitOperator);

    private static RealisationSheet Csv(string text) => CsvSheetReader.Read(new StringReader(text));

    [Fact]
    public void every_valid_row_of_a_csv_is_recorded()
    {
        var sheet = Csv("""
            indicator;value;evidence_link;notes;explanation;follow_up
            IKU-1;27,5;https://bukti.kukarkab.go.id/iku1-tw1.pdf;Data dari 32 puskesmas;;
            iku-2;118;https://bukti.kukarkab.go.id/iku2-tw1.pdf;;;

            1c000000-0000-4000-8000-000000000003;85;https://bukti.kukarkab.go.id/ikm.pdf;;;
            """);

        var outcome = Upload(sheet with { Rows = sheet.Rows.Take(2).ToArray() });

        outcome.Errors.ShouldBeEmpty();
        var recorded = outcome.Events.Cast<RealisationRecorded>().ToArray();
        recorded.Select(r => (r.Key.IndicatorId, r.Submission.Value)).ShouldBe([(Agreements.Coverage, 27.5m), (Agreements.Stunting, 118m)]);
        recorded[0].Submission.Notes.ShouldBe("Data dari 32 puskesmas");
        recorded[0].Submission.Evidence.ShouldBe(new Evidence.Link(new Uri("https://bukti.kukarkab.go.id/iku1-tw1.pdf")));
        sheet.Rows.Select(r => r.Row).ShouldBe([2, 3, 5]);
    }

    [Fact]
    public void one_bad_row_records_nothing_and_every_problem_is_reported_by_row_and_column()
    {
        var sheet = Csv("""
            indicator,value,evidence_link,notes,explanation,follow_up
            IKU-1,20,https://bukti.kukarkab.go.id/1.pdf,,,
            IKU-2,banyak,https://bukti.kukarkab.go.id/2.pdf,,,
            IKU-9,5,https://bukti.kukarkab.go.id/9.pdf,,,
            IKU-4,1000000,https://bukti.kukarkab.go.id/4.pdf,,,
            IKU-3,85,bukti di lemari,,,
            IKU-1,30,https://bukti.kukarkab.go.id/1b.pdf,,,
            """);

        var outcome = Upload(sheet, Period.Annual(2025));

        outcome.IsAccepted.ShouldBeFalse();
        outcome.Events.ShouldBeEmpty();
        outcome.Errors.Select(e => (e.Row, e.Column)).ShouldBe(
        [
            (2, "indicator"),
            (3, "value"),
            (4, "indicator"),
            (5, "indicator"),
            (6, "evidence_link"),
            (7, "indicator"),
        ], ignoreOrder: true);
        outcome.Errors.Single(e => e.Row == 7).Message.ShouldBe("The indicator is already in row 2.");
        outcome.Errors.Single(e => e.Row == 4).Message.ShouldContain("'IKU-9'");
    }

    [Fact]
    public void a_below_target_row_without_explanation_and_follow_up_fails_in_those_columns()
    {
        var outcome = Upload(Csv("""
            indicator,value,evidence_link,explanation,follow_up
            IKU-1,20,https://bukti.kukarkab.go.id/1.pdf,,
            IKU-2,125,https://bukti.kukarkab.go.id/2.pdf,Kasus baru dari pendataan ulang,Pemberian makanan tambahan
            """));

        outcome.Errors.Select(e => (e.Row, e.Column)).ShouldBe([(2, "explanation"), (2, "follow_up")]);
        outcome.Events.ShouldBeEmpty();
    }

    [Fact]
    public void an_excel_sheet_is_read_with_excels_row_numbers_and_blank_cells()
    {
        using var workbook = XlsxFixture.Workbook(
            ["Indikator", "Realisasi", "Bukti", "Catatan", "Penjelasan", "Tindak lanjut"],
            ["IKU-1", 20m, "~https://bukti.kukarkab.go.id/1.pdf", null, "Vaksin terlambat", "Sweeping imunisasi"],
            [],
            ["IKU-2", 100m, "https://bukti.kukarkab.go.id/2.pdf"]);

        var sheet = XlsxSheetReader.Read(workbook);
        var outcome = Upload(sheet);

        sheet.Errors.ShouldBeEmpty();
        sheet.Rows.ShouldBe(
        [
            new SheetRow(2, "IKU-1", "20", "https://bukti.kukarkab.go.id/1.pdf", null, "Vaksin terlambat", "Sweeping imunisasi"),
            new SheetRow(4, "IKU-2", "100", "https://bukti.kukarkab.go.id/2.pdf", null, null, null),
        ]);
        outcome.Errors.ShouldBeEmpty();
        outcome.Events.Count.ShouldBe(2);
    }

    [Fact]
    public void an_excel_sheet_with_a_bad_row_reports_it_and_records_nothing()
    {
        using var workbook = XlsxFixture.Workbook(
            ["indicator", "value", "evidence_link"],
            ["IKU-1", 30m, "https://bukti.kukarkab.go.id/1.pdf"],
            ["IKU-2", 100.5m, "https://bukti.kukarkab.go.id/2.pdf"]);

        var outcome = Upload(XlsxSheetReader.Read(workbook));

        outcome.Events.ShouldBeEmpty();
        outcome.Errors.ShouldHaveSingleItem().ShouldBe(new BulkRowError(3, "value", "A whole number of kasus, not negative."));
    }

    [Fact]
    public void a_sheet_without_the_required_columns_or_that_is_not_a_workbook_is_refused_as_a_whole()
    {
        Upload(Csv("kode;angka\nIKU-1;30\n")).Errors.Select(e => (e.Row, e.Column)).ShouldBe([(1, "indicator"), (1, "value")]);
        Upload(Csv("")).Errors.ShouldHaveSingleItem().Column.ShouldBe("file");
        Upload(Csv("indicator,value\n")).Errors.ShouldBe([new BulkRowError(0, "file", "The sheet has no realisations.")]);
        Upload(XlsxSheetReader.Read(new MemoryStream("indicator,value\nIKU-1,3"u8.ToArray()))).Errors.ShouldHaveSingleItem()
            .ShouldBe(new BulkRowError(0, "file", "The file is not an Excel (.xlsx) workbook."));
    }

    [Fact]
    public void rows_for_realisations_already_recorded_or_for_a_closed_period_are_refused()
    {
        var key = new RealisationKey(Agreements.Id, Agreements.Coverage, Q1);
        var earlier = new RecordRealisation(key, RealisationScenario.Value(30m))
            .Decide(Realisation.NotReported(key), new FixedClock(), new MeasurementContext(_plans[Agreements.Id], _periods, Callers.UnitOperator));
        _realisations[key] = Realisation.Fold(key, earlier.Events.Cast<IRealisationEvent>());
        var sheet = Csv("indicator,value,evidence_link\nIKU-1,31,https://bukti.kukarkab.go.id/1.pdf\nIKU-2,100,https://bukti.kukarkab.go.id/2.pdf\n");

        Upload(sheet).Errors.ShouldHaveSingleItem().Message.ShouldContain("correction");

        _periods = _periods.Evolve(new PeriodClosed(Agreements.Region, Q1, Actor.Of(Callers.RegionOperator), FixedClock.AprilFifth));
        Upload(sheet).Errors.Select(e => (e.Row, e.Message)).ShouldBe(
            [(2, "TW I 2025 is closed; it must be reopened with a reason first."), (3, "TW I 2025 is closed; it must be reopened with a reason first.")]);
    }

    [Fact]
    public void an_operator_of_another_unit_gets_every_row_refused()
    {
        var outcome = Upload(Csv("indicator,value,evidence_link\nIKU-2,100,https://bukti.kukarkab.go.id/2.pdf\n"), caller: Callers.OtherUnitOperator);

        outcome.Events.ShouldBeEmpty();
        outcome.Errors.ShouldHaveSingleItem().Row.ShouldBe(2);
    }
}
