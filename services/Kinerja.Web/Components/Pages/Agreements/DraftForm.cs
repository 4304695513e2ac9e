using System.Globalization;
using System.Text.RegularExpressions;

namespace Kinerja.Web.Components.Pages.Agreements;

/// <summary>
/// The draft editor's form as typed: every field keeps the text entered, so a refused form comes back exactly as sent.
/// Field names are the service's error paths (<c>objectives[0].indicators[1].weight</c>), so its field errors land
/// next to the field that caused them.
/// </summary>
internal sealed partial class DraftForm
{
    public string Year { get; set; } = DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture);
    public string ReceiverPositionId { get; set; } = "";
    public string GiverPositionId { get; set; } = "";
    public string Reason { get; set; } = "ChangeOfProgramActivityOrBudget";
    public string DecreeNumber { get; set; } = "";
    public string DecreeDate { get; set; } = "";
    public string Note { get; set; } = "";
    public List<ObjectiveForm> Objectives { get; set; } = [];
    public List<ProgramForm> Programs { get; set; } = [];

    internal sealed class ObjectiveForm
    {
        public string Id { get; set; } = "";
        public string Statement { get; set; } = "";
        public List<IndicatorForm> Indicators { get; set; } = [];
    }

    internal sealed class IndicatorForm
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string UnitOfMeasure { get; set; } = "";
        public string Polarity { get; set; } = "Positive";
        public string Consolidation { get; set; } = "Sum";
        public string Accumulation { get; set; } = "PerPeriod";
        public string Frequency { get; set; } = "Quarterly";
        public string CalculationMethod { get; set; } = "";
        public string DataSource { get; set; } = "";
        public string PersonResponsible { get; set; } = "";
        public string Weight { get; set; } = "";
        public string AnnualTarget { get; set; } = "";
        public string[] PeriodTargets { get; set; } = ["", "", "", ""];
    }

    internal sealed class ProgramForm
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string AnnualBudget { get; set; } = "";
        public string[] QuarterlyBudget { get; set; } = ["", "", "", ""];
        public List<ActivityForm> Activities { get; set; } = [];
    }

    internal sealed class ActivityForm
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string AnnualBudget { get; set; } = "";
        public string[] QuarterlyBudget { get; set; } = ["", "", "", ""];
    }

    public static DraftForm Blank() => new()
    {
        Objectives = [new ObjectiveForm { Indicators = [new IndicatorForm()] }],
        Programs = [new ProgramForm()],
    };

    public static DraftForm From(AgreementDto agreement) => new()
    {
        Year = agreement.Year.ToString(CultureInfo.InvariantCulture),
        ReceiverPositionId = agreement.Receiver.Position,
        GiverPositionId = agreement.Giver?.Position ?? "",
        Objectives = agreement.Content.Objectives.Select(o => new ObjectiveForm
        {
            Id = o.Id,
            Statement = o.Statement,
            Indicators = o.Indicators.Select(i => new IndicatorForm
            {
                Id = i.Id, Name = i.Name, UnitOfMeasure = i.UnitOfMeasure, Polarity = i.Polarity, Consolidation = i.Consolidation,
                Accumulation = i.Accumulation, Frequency = i.Frequency, CalculationMethod = i.CalculationMethod, DataSource = i.DataSource,
                PersonResponsible = i.PersonResponsible, Weight = Plain(i.Weight), AnnualTarget = Text(i.AnnualTarget),
                PeriodTargets = [.. Enumerable.Range(0, 4).Select(q => q < i.PeriodTargets.Count && i.PeriodTargets[q] is { } t ? Text(t) : "")],
            }).ToList(),
        }).ToList(),
        Programs = agreement.Content.Programs.Select(p => new ProgramForm
        {
            Id = p.Id, Name = p.Name, AnnualBudget = Plain(p.AnnualBudget), QuarterlyBudget = Amounts(p.QuarterlyBudget),
            Activities = p.Activities.Select(a => new ActivityForm { Id = a.Id, Name = a.Name, AnnualBudget = Plain(a.AnnualBudget), QuarterlyBudget = Amounts(a.QuarterlyBudget) }).ToList(),
        }).ToList(),
    };

    public static DraftForm Read(IFormCollection form)
    {
        string F(string name) => form[name].ToString().Trim();
        var model = new DraftForm
        {
            Year = F("year"), ReceiverPositionId = F("receiverPositionId"), GiverPositionId = F("giverPositionId"),
            Reason = F("reason"), DecreeNumber = F("decreeNumber"), DecreeDate = F("decreeDate"), Note = F("note"),
        };
        for (var o = 0; form.ContainsKey($"objectives[{o}].statement"); o++)
        {
            var objective = new ObjectiveForm { Id = F($"objectives[{o}].id"), Statement = F($"objectives[{o}].statement") };
            for (var i = 0; form.ContainsKey($"objectives[{o}].indicators[{i}].name"); i++)
            {
                var p = $"objectives[{o}].indicators[{i}]";
                objective.Indicators.Add(new IndicatorForm
                {
                    Id = F($"{p}.id"), Name = F($"{p}.name"), UnitOfMeasure = F($"{p}.unitOfMeasure"), Polarity = F($"{p}.polarity"),
                    Consolidation = F($"{p}.consolidation"), Accumulation = F($"{p}.accumulation"), Frequency = F($"{p}.frequency"),
                    CalculationMethod = F($"{p}.calculationMethod"), DataSource = F($"{p}.dataSource"), PersonResponsible = F($"{p}.personResponsible"),
                    Weight = F($"{p}.weight"), AnnualTarget = F($"{p}.annualTarget"),
                    PeriodTargets = [.. Enumerable.Range(0, 4).Select(q => F($"{p}.periodTargets[{q}]"))],
                });
            }
            model.Objectives.Add(objective);
        }
        for (var p = 0; form.ContainsKey($"programs[{p}].name"); p++)
        {
            var program = new ProgramForm
            {
                Id = F($"programs[{p}].id"), Name = F($"programs[{p}].name"), AnnualBudget = F($"programs[{p}].annualBudget"),
                QuarterlyBudget = [.. Enumerable.Range(0, 4).Select(q => F($"programs[{p}].quarterlyBudget[{q}]"))],
            };
            for (var a = 0; form.ContainsKey($"programs[{p}].activities[{a}].name"); a++)
            {
                var path = $"programs[{p}].activities[{a}]";
                program.Activities.Add(new ActivityForm
                {
                    Id = F($"{path}.id"), Name = F($"{path}.name"), AnnualBudget = F($"{path}.annualBudget"),
                    QuarterlyBudget = [.. Enumerable.Range(0, 4).Select(q => F($"{path}.quarterlyBudget[{q}]"))],
                });
            }
            model.Programs.Add(program);
        }
        return model;
    }

    /// <summary>The content as the service takes it, or the fields whose text is not a number or a target.</summary>
    public (object? Content, Dictionary<string, string[]> Errors) ToContent(Localization.Texts t)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        object? Target(string text, string field)
        {
            if (TryTarget(text, out var target))
            {
                return target;
            }
            errors[field] = [t[text.Length == 0 ? "agreements.form.required" : "agreements.form.target"]];
            return null;
        }
        decimal? Amount(string text, string field, bool required)
        {
            if (text.Length == 0 && !required)
            {
                return null;
            }
            if (TryNumber(text, out var value))
            {
                return value;
            }
            errors[field] = [t[text.Length == 0 ? "agreements.form.required" : "agreements.form.number"]];
            return null;
        }
        List<decimal> Quarterly(string[] amounts, string path)
        {
            if (amounts.All(a => a.Length == 0))
            {
                return [];
            }
            return [.. amounts.Select((a, q) => Amount(a, $"{path}.quarterlyBudget[{q}]", true) ?? 0m)];
        }
        var objectives = Objectives.Select((o, oi) => new
        {
            id = o.Id,
            statement = o.Statement,
            indicators = o.Indicators.Select((i, ii) =>
            {
                var path = $"objectives[{oi}].indicators[{ii}]";
                var periods = i.Frequency switch { "Semester" => 2, "Annual" => 1, _ => 4 };
                return new
                {
                    id = i.Id, name = i.Name, unitOfMeasure = i.UnitOfMeasure, polarity = i.Polarity, consolidation = i.Consolidation,
                    accumulation = i.Accumulation, frequency = i.Frequency, calculationMethod = i.CalculationMethod, dataSource = i.DataSource,
                    personResponsible = i.PersonResponsible, weight = Amount(i.Weight, $"{path}.weight", false),
                    annualTarget = Target(i.AnnualTarget, $"{path}.annualTarget"),
                    periodTargets = periods == 1
                        ? new List<object?> { Target(i.AnnualTarget, $"{path}.annualTarget") }
                        : Enumerable.Range(0, periods).Select(q => Target(i.PeriodTargets[q], $"{path}.periodTargets[{q}]")).ToList(),
                };
            }).ToList(),
        }).ToList();
        var programs = Programs.Select((p, pi) => new
        {
            id = p.Id, name = p.Name,
            annualBudget = Amount(p.AnnualBudget, $"programs[{pi}].annualBudget", true) ?? 0m,
            quarterlyBudget = Quarterly(p.QuarterlyBudget, $"programs[{pi}]"),
            activities = p.Activities.Select((a, ai) => new
            {
                id = a.Id, name = a.Name,
                annualBudget = Amount(a.AnnualBudget, $"programs[{pi}].activities[{ai}].annualBudget", true) ?? 0m,
                quarterlyBudget = Quarterly(a.QuarterlyBudget, $"programs[{pi}].activities[{ai}]"),
            }).ToList(),
        }).ToList();
        return (new { objectives, programs }, errors);
    }

    /// <summary>A number as Indonesians or computers write it: <c>1.000.000</c>, <c>12,5</c>, <c>12.5</c>.</summary>
    public static bool TryNumber(string text, out decimal value)
    {
        var t = text.Replace(" ", "", StringComparison.Ordinal).Replace("Rp", "", StringComparison.OrdinalIgnoreCase);
        if (t.Contains(',', StringComparison.Ordinal))
        {
            t = t.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }
        else if (ThousandsDots().IsMatch(t))
        {
            t = t.Replace(".", "", StringComparison.Ordinal);
        }
        return decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A target: <c>85</c>, a range <c>80-90</c>, or a ceiling <c>maks 5</c>.</summary>
    public static bool TryTarget(string text, out object? target)
    {
        target = null;
        var t = text.Trim();
        if (t.StartsWith("maks", StringComparison.OrdinalIgnoreCase) || t.StartsWith("max", StringComparison.OrdinalIgnoreCase))
        {
            var rest = t.TrimStart('m', 'M', 'a', 'A', 'k', 'K', 's', 'S', 'x', 'X', '.', ' ');
            if (TryNumber(rest, out var ceiling))
            {
                target = new { value = ceiling, isMaximum = true };
                return true;
            }
            return false;
        }
        var dash = t.IndexOfAny(['–', '-'], 1);
        if (dash > 0 && TryNumber(t[..dash], out var lower) && TryNumber(t[(dash + 1)..], out var upper))
        {
            target = new { lower, upper };
            return true;
        }
        if (TryNumber(t, out var value))
        {
            target = new { value };
            return true;
        }
        return false;
    }

    private static string Text(TargetDto target) =>
        target.Lower is not null || target.Upper is not null ? $"{Plain(target.Lower)}-{Plain(target.Upper)}"
        : target.IsMaximum ? $"maks {Plain(target.Value)}" : Plain(target.Value);

    private static string Plain(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";

    private static string[] Amounts(IReadOnlyList<decimal> amounts) =>
        [.. Enumerable.Range(0, 4).Select(q => q < amounts.Count ? Plain(amounts[q]) : "")];

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})+$")]
    private static partial Regex ThousandsDots();
}
