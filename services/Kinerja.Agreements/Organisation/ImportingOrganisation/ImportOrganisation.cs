using System.Globalization;
using CsvHelper;
using Kinerja.Agreements.Organisation.AddingPosition;
using Kinerja.Agreements.Organisation.AddingUnit;
using Kinerja.Agreements.Organisation.PlacingOfficial;
using Kinerja.Agreements.Organisation.RegisteringOfficial;

namespace Kinerja.Agreements.Organisation.ImportingOrganisation;

/// <summary>A problem with one cell of the file; row 1 is the header, so rows count as a spreadsheet shows them.</summary>
internal sealed record RowError(int Row, string Column, string Message);

/// <summary>Either every event the file makes, or every error in it: nothing is imported when any row is invalid.</summary>
internal sealed record OrganisationImport(IReadOnlyList<IOrganisationEvent> Events, IReadOnlyList<RowError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    public ValidationErrors ToValidationErrors()
    {
        var errors = new ValidationErrors();
        foreach (var error in Errors)
        {
            errors.Add($"rows[{error.Row}].{error.Column}", error.Message);
        }
        return errors;
    }
}

/// <summary>
/// Imports a region's organisation from CSV, one row per position with its current holder:
/// <c>unit_id, unit_name, parent_unit_id, position_id, position_title, echelon, superior_position_id, nip,
/// official_name, rank, placed_from, acting</c>. Echelon is KDH (head of region), II, III, IV or JF; the
/// head of region has no unit and may have no NIP; <c>acting</c> is yes/no (Plt). Every row is checked,
/// then the rows become the same commands an operator would issue, decided against the registry in order.
/// </summary>
internal static class ImportOrganisation
{
    public static readonly string[] Columns =
        ["unit_id", "unit_name", "parent_unit_id", "position_id", "position_title", "echelon", "superior_position_id", "nip", "official_name", "rank", "placed_from", "acting"];

    private sealed record Row(
        int Number, string UnitId, string UnitName, string ParentUnitId, string PositionId, string PositionTitle, Echelon? Echelon,
        string SuperiorPositionId, Nip? Nip, string OfficialName, string Rank, DateOnly? PlacedFrom, bool Acting);

    public static OrganisationImport Decide(OrganisationRegistry state, TextReader csv, TimeProvider clock, Actor actor)
    {
        if (!state.IsRegistered)
        {
            return new OrganisationImport([], [new RowError(0, "region", $"Region {state.Region} is not registered.")]);
        }
        var errors = new List<RowError>();
        var rows = Read(csv, errors);
        CheckAcrossRows(state, rows, errors);
        if (errors.Count > 0)
        {
            return new OrganisationImport([], errors);
        }
        return Apply(state, rows, clock, actor);
    }

    private static List<Row> Read(TextReader text, List<RowError> errors)
    {
        var options = new CsvReaderOptions
        {
            TrimWhitespace = true,
            TrackLineNumbers = true,
            NormalizeHeaderName = name => name.Trim().ToLowerInvariant(),
        };
        using var csv = CsvReader.Create(text, options, leaveOpen: true);
        var header = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        if (header.Count == 0)
        {
            errors.Add(new RowError(1, "header", "The file is empty; the first row names the columns."));
            return [];
        }
        foreach (var missing in Columns.Where(c => !header.Contains(c)))
        {
            errors.Add(new RowError(1, missing, "The column is missing."));
        }
        if (errors.Count > 0)
        {
            return [];
        }
        var rows = new List<Row>();
        while (csv.Read())
        {
            // The line in the file, header included, which is the row a spreadsheet shows.
            var number = (int)csv.LineNumber;
            string Field(string name) => csv.GetString(name).Trim();
            if (Columns.All(c => Field(c).Length == 0))
            {
                continue;
            }
            rows.Add(ReadRow(number, Field, errors));
        }
        if (rows.Count == 0)
        {
            errors.Add(new RowError(2, "position_id", "The file has no rows after the header."));
        }
        return rows;
    }

    private static Row ReadRow(int number, Func<string, string> field, List<RowError> errors)
    {
        void Error(string column, string message) => errors.Add(new RowError(number, column, message));

        var echelon = ParseEchelon(field("echelon"));
        if (echelon is null)
        {
            Error("echelon", $"'{field("echelon")}' is not an echelon: write KDH, II, III, IV or JF.");
        }
        var isHead = echelon == Organisation.Echelon.HeadOfRegion;
        if (field("position_id").Length == 0)
        {
            Error("position_id", "The position's id is required.");
        }
        if (field("position_title").Length == 0)
        {
            Error("position_title", "The position's title is required.");
        }
        if (!isHead && field("unit_id").Length == 0)
        {
            Error("unit_id", "The unit is required for every position but the head of region.");
        }
        Nip? nip = null;
        if (field("nip").Length > 0)
        {
            if (Nip.TryParse(field("nip"), out var parsed, out var nipError))
            {
                nip = parsed;
            }
            else
            {
                Error("nip", nipError);
            }
        }
        var hasOfficial = field("nip").Length > 0 || field("official_name").Length > 0;
        if (hasOfficial && field("official_name").Length == 0)
        {
            Error("official_name", "The official's name is required with a NIP.");
        }
        if (hasOfficial && !isHead && field("nip").Length == 0)
        {
            Error("nip", "A civil servant's NIP is required; only the elected head of region has none.");
        }
        DateOnly? from = null;
        if (hasOfficial)
        {
            if (DateOnly.TryParseExact(field("placed_from"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                from = date;
            }
            else
            {
                Error("placed_from", field("placed_from").Length == 0 ? "The date the official took the position is required (yyyy-mm-dd)." : $"'{field("placed_from")}' is not a date written yyyy-mm-dd.");
            }
        }
        var acting = ParseYesNo(field("acting"));
        if (acting is null)
        {
            Error("acting", $"'{field("acting")}' is not yes or no.");
        }
        return new Row(number, field("unit_id"), field("unit_name"), field("parent_unit_id"), field("position_id"), field("position_title"), echelon,
            field("superior_position_id"), nip, field("official_name"), field("rank"), from, acting ?? false);
    }

    private static void CheckAcrossRows(OrganisationRegistry state, List<Row> rows, List<RowError> errors)
    {
        var unitNames = new Dictionary<string, (string Name, int Row)>(StringComparer.Ordinal);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var officials = new Dictionary<string, (string Name, int Row)>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.UnitId.Length > 0 && r.UnitName.Length > 0))
        {
            if (!unitNames.TryAdd(row.UnitId, (row.UnitName, row.Number)) && unitNames[row.UnitId].Name != row.UnitName)
            {
                errors.Add(new RowError(row.Number, "unit_name", $"Unit {row.UnitId} is named '{unitNames[row.UnitId].Name}' on row {unitNames[row.UnitId].Row}."));
            }
        }
        foreach (var row in rows)
        {
            if (row.UnitId.Length > 0 && !unitNames.ContainsKey(row.UnitId) && !state.Units.ContainsKey(UnitId.From(row.UnitId)))
            {
                errors.Add(new RowError(row.Number, "unit_name", $"Unit {row.UnitId} is new: its name is required."));
            }
            if (positions.TryGetValue(row.PositionId, out var first))
            {
                errors.Add(new RowError(row.Number, "position_id", $"Position {row.PositionId} is already on row {first}."));
            }
            else if (state.Positions.ContainsKey(PositionId.From(row.PositionId)))
            {
                errors.Add(new RowError(row.Number, "position_id", $"Position {row.PositionId} already exists in the region."));
            }
            else
            {
                positions[row.PositionId] = row.Number;
            }
            if (row.Nip is { } nip)
            {
                if (officials.TryGetValue(nip.Value, out var official) && official.Name != row.OfficialName)
                {
                    errors.Add(new RowError(row.Number, "official_name", $"NIP {nip} is named '{official.Name}' on row {official.Row}."));
                }
                officials.TryAdd(nip.Value, (row.OfficialName, row.Number));
            }
        }
        foreach (var row in rows)
        {
            if (row.ParentUnitId.Length > 0 && !unitNames.ContainsKey(row.ParentUnitId) && !state.Units.ContainsKey(UnitId.From(row.ParentUnitId)))
            {
                errors.Add(new RowError(row.Number, "parent_unit_id", $"Unit {row.ParentUnitId} is neither in the file nor in the region."));
            }
            if (row.SuperiorPositionId.Length > 0 && !positions.ContainsKey(row.SuperiorPositionId) && !state.Positions.ContainsKey(PositionId.From(row.SuperiorPositionId)))
            {
                errors.Add(new RowError(row.Number, "superior_position_id", $"Position {row.SuperiorPositionId} is neither in the file nor in the region."));
            }
            if (row.SuperiorPositionId == row.PositionId && row.PositionId.Length > 0)
            {
                errors.Add(new RowError(row.Number, "superior_position_id", "A position cannot report to itself."));
            }
        }
    }

    /// <summary>Turns rows into commands (parents before children) and decides each against the growing registry.</summary>
    private static OrganisationImport Apply(OrganisationRegistry state, List<Row> rows, TimeProvider clock, Actor actor)
    {
        var events = new List<IOrganisationEvent>();
        var errors = new List<RowError>();
        void Run(int row, string column, Decision<IOrganisationEvent> decision)
        {
            if (!decision.IsAccepted)
            {
                errors.AddRange(decision.Errors.SelectMany(e => e.Value.Select(m => new RowError(row, column, m))));
                return;
            }
            events.AddRange(decision.Events);
            state = decision.Events.Aggregate(state, (s, e) => s.Apply(e));
        }

        var units = rows.Where(r => r.UnitId.Length > 0 && r.UnitName.Length > 0).GroupBy(r => r.UnitId, StringComparer.Ordinal).Select(g => g.First()).ToList();
        foreach (var row in ParentsFirst(units, r => r.UnitId, r => r.ParentUnitId))
        {
            if (!state.Units.ContainsKey(UnitId.From(row.UnitId)))
            {
                Run(row.Number, "unit_id", AddUnit.Decide(state, new AddUnit(UnitId.From(row.UnitId), row.UnitName, row.ParentUnitId.Length > 0 ? UnitId.From(row.ParentUnitId) : null), clock, actor));
            }
        }
        foreach (var row in ParentsFirst(rows, r => r.PositionId, r => r.SuperiorPositionId))
        {
            Run(row.Number, "position_id", AddPosition.Decide(state, new AddPosition(
                PositionId.From(row.PositionId), row.PositionTitle, row.Echelon!.Value,
                row.UnitId.Length > 0 ? UnitId.From(row.UnitId) : null,
                row.SuperiorPositionId.Length > 0 ? PositionId.From(row.SuperiorPositionId) : null), clock, actor));
        }
        foreach (var row in rows.Where(r => r.OfficialName.Length > 0))
        {
            var official = row.Nip is { } nip ? OfficialId.Of(nip) : OfficialId.From($"{row.PositionId}-{row.PlacedFrom:yyyyMMdd}");
            Run(row.Number, "nip", RegisterOfficial.Decide(state, new RegisterOfficial(official, row.Nip, row.OfficialName, row.Rank.Length > 0 ? row.Rank : null), clock, actor));
            Run(row.Number, "placed_from", PlaceOfficial.Decide(state, new PlaceOfficial(official, PositionId.From(row.PositionId), row.PlacedFrom!.Value, row.Acting), clock, actor));
        }
        return errors.Count > 0 ? new OrganisationImport([], errors) : new OrganisationImport(events, []);
    }

    /// <summary>Orders items so each comes after its parent; a cycle leaves the rest in file order for the decide step to refuse.</summary>
    private static List<Row> ParentsFirst(List<Row> items, Func<Row, string> id, Func<Row, string> parent)
    {
        var ordered = new List<Row>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var inFile = items.Select(id).ToHashSet(StringComparer.Ordinal);
        var pending = items.ToList();
        while (pending.Count > 0)
        {
            var ready = pending.Where(r => parent(r).Length == 0 || !inFile.Contains(parent(r)) || placed.Contains(parent(r))).ToList();
            if (ready.Count == 0)
            {
                ordered.AddRange(pending);
                break;
            }
            ordered.AddRange(ready);
            placed.UnionWith(ready.Select(id));
            pending = pending.Except(ready).ToList();
        }
        return ordered;
    }

    private static Echelon? ParseEchelon(string text) => text.ToUpperInvariant() switch
    {
        "KDH" or "HEADOFREGION" => Organisation.Echelon.HeadOfRegion,
        "II" or "2" => Organisation.Echelon.II,
        "III" or "3" => Organisation.Echelon.III,
        "IV" or "4" => Organisation.Echelon.IV,
        "JF" or "FUNCTIONAL" => Organisation.Echelon.Functional,
        _ => null,
    };

    private static bool? ParseYesNo(string text) => text.ToLowerInvariant() switch
    {
        "" or "no" or "tidak" or "false" or "0" or "definitif" => false,
        "yes" or "ya" or "true" or "1" or "plt" => true,
        _ => null,
    };
}
