using System.Globalization;
using Kinerja.Measurements.Recording;

namespace Kinerja.Measurements.BulkEntry;

/// <summary>What a sheet upload decided: every row's event, or every row's problems and no events at all.</summary>
internal sealed record BulkOutcome(IReadOnlyList<IRealisationEvent> Events, IReadOnlyList<BulkRowError> Errors)
{
    public bool IsAccepted => Errors.Count == 0;
}

/// <summary>
/// Record the realisations of a unit for one period from an uploaded sheet. Every row is checked exactly as a single
/// recording would be; if any row fails nothing is recorded, and the operator gets each row's problems at once.
/// </summary>
internal sealed record RecordRealisationSheet(RegionCode Region, string UnitId, Period Period, RealisationSheet Sheet)
{
    public BulkOutcome Decide(
        MeasurementPlans plans,
        IReadOnlyDictionary<RealisationKey, Realisation> realisations,
        RegionPeriods periods,
        TimeProvider clock,
        Caller caller)
    {
        var errors = Sheet.Errors.ToList();
        if (errors.Count == 0 && Sheet.Rows.Count == 0)
        {
            errors.Add(new BulkRowError(0, SheetColumns.File, "The sheet has no realisations."));
        }
        var events = new List<IRealisationEvent>();
        var seen = new Dictionary<RealisationKey, int>();
        foreach (var row in Sheet.Rows)
        {
            var rowErrors = new List<BulkRowError>();
            var key = Locate(row, plans, rowErrors, out var plan);
            if (key is { } found && !seen.TryAdd(found, row.Row))
            {
                rowErrors.Add(new BulkRowError(row.Row, SheetColumns.Indicator, $"The indicator is already in row {seen[found]}."));
            }
            var submission = Parse(row, rowErrors);
            if (rowErrors.Count == 0 && key is { } k && submission is not null)
            {
                var decision = new RecordRealisation(k, submission).Decide(
                    realisations.GetValueOrDefault(k) ?? Realisation.NotReported(k), clock, new MeasurementContext(plan, periods, caller));
                rowErrors.AddRange(decision.Errors.SelectMany(e => e.Value.Select(m => new BulkRowError(row.Row, SheetColumns.ForField(e.Key), m))));
                events.AddRange(decision.Events.Cast<IRealisationEvent>());
            }
            errors.AddRange(rowErrors);
        }
        return errors.Count > 0 ? new BulkOutcome([], errors) : new BulkOutcome(events, []);
    }

    private RealisationKey? Locate(SheetRow row, MeasurementPlans plans, List<BulkRowError> errors, out MeasurementPlan? plan)
    {
        plan = null;
        if (row.Indicator is null)
        {
            errors.Add(new BulkRowError(row.Row, SheetColumns.Indicator, "The indicator code or id is required."));
            return null;
        }
        var candidates = plans.Plans.Values
            .Where(p => p.Region == Region && p.UnitId == UnitId && p.Year == Period.Year)
            .Select(p => (Plan: p, Indicator: p.Indicator(row.Indicator)))
            .Where(c => c.Indicator is not null)
            .ToArray();
        if (candidates.Length != 1)
        {
            errors.Add(new BulkRowError(row.Row, SheetColumns.Indicator, candidates.Length == 0
                ? $"No agreement of unit {UnitId} for {Period.Year} has an indicator '{row.Indicator}'."
                : $"'{row.Indicator}' is in {candidates.Length} agreements of unit {UnitId}; use the indicator id."));
            return null;
        }
        plan = candidates[0].Plan;
        return new RealisationKey(plan.AgreementId, candidates[0].Indicator!.Id, Period);
    }

    private static Submission? Parse(SheetRow row, List<BulkRowError> errors)
    {
        var value = ParseValue(row.Value);
        if (value is null)
        {
            errors.Add(new BulkRowError(row.Row, SheetColumns.Value, row.Value is null ? "The value is required." : $"'{row.Value}' is not a number."));
        }
        Evidence? evidence = null;
        if (row.EvidenceLink is not null)
        {
            if (Uri.TryCreate(row.EvidenceLink, UriKind.Absolute, out var url))
            {
                evidence = new Evidence.Link(url);
            }
            else
            {
                errors.Add(new BulkRowError(row.Row, SheetColumns.EvidenceLink, $"'{row.EvidenceLink}' is not a link."));
            }
        }
        return value is { } v ? new Submission(v, evidence, row.Notes, row.Explanation, row.FollowUp) : null;
    }

    // A decimal comma is accepted when it is the only separator ("12,5"), as Indonesian spreadsheets write it.
    private static decimal? ParseValue(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var normalised = text.Contains(',', StringComparison.Ordinal) && !text.Contains('.', StringComparison.Ordinal) && text.Count(c => c == ',') == 1
            ? text.Replace(',', '.')
            : text;
        return decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
