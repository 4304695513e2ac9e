using System.Globalization;
using System.Text;

namespace Kinerja.Load;

/// <summary>One position of a generated region and the official holding it.</summary>
internal sealed record GeneratedPosition(string Unit, string PositionId, string Title, string Echelon, string? Superior, string? Nip, string OfficialName);

/// <summary>One indicator of a generated agreement; values are whole numbers so every unit of measure accepts them.</summary>
internal sealed record GeneratedIndicator(Guid Id, string Name, string UnitOfMeasure, string Polarity, string Consolidation, int[] Targets, int RangeWidth);

/// <summary>One agreement to draft: its receiver position and content, and the values to report for it.</summary>
internal sealed class GeneratedAgreement
{
    public required string Region { get; init; }
    public required GeneratedPosition Receiver { get; init; }
    public required GeneratedPosition? Giver { get; init; }
    public required IReadOnlyList<IReadOnlyList<GeneratedIndicator>> Objectives { get; init; }
    public required long[] ProgramBudgets { get; init; }
    /// <summary>Realisation per indicator per quarter, drawn once from the seed.</summary>
    public required Dictionary<Guid, int[]> Realisations { get; init; }
    public bool Revised { get; init; }
    public string Id { get; set; } = "";
    public string ReceiverOfficialId { get; set; } = "";
    public string? GiverOfficialId { get; set; }
    public IEnumerable<GeneratedIndicator> Indicators => Objectives.SelectMany(o => o);

    /// <summary>The JSON content of the draft, or of the revision (the first indicator's TW IV target raised by a tenth).</summary>
    public object Content(bool revised)
    {
        var objectives = Objectives.Select((indicators, o) => new
        {
            statement = $"Sasaran {o + 1} {Receiver.Title}",
            indicators = indicators.Select((indicator, i) =>
            {
                var targets = indicator.Targets.ToArray();
                if (revised && o == 0 && i == 0)
                {
                    targets[3] = Math.Max(targets[3] + 1, targets[3] * 11 / 10);
                    if (indicator.UnitOfMeasure == "%")
                    {
                        targets[3] = Math.Min(targets[3], 100 - indicator.RangeWidth);
                    }
                }
                return new
                {
                    id = indicator.Id.ToString(),
                    name = indicator.Name,
                    unitOfMeasure = indicator.UnitOfMeasure,
                    polarity = indicator.Polarity,
                    consolidation = indicator.Consolidation,
                    accumulation = "PerPeriod",
                    frequency = "Quarterly",
                    calculationMethod = "Dihitung dari data periode berjalan",
                    dataSource = "Laporan unit",
                    personResponsible = "Kepala Bidang terkait",
                    weight = (decimal?)null,
                    annualTarget = Target(indicator, Annual(indicator, targets)),
                    periodTargets = targets.Select(t => Target(indicator, t)).ToArray(),
                };
            }).ToArray(),
        }).ToArray();
        var programs = ProgramBudgets.Select((budget, p) => new
        {
            name = $"Program {p + 1} {Receiver.Unit}",
            annualBudget = budget,
            quarterlyBudget = new[] { budget / 4, budget / 4, budget / 4, budget - 3 * (budget / 4) },
            activities = Array.Empty<object>(),
        }).ToArray();
        return new { objectives, programs };
    }

    private static int Annual(GeneratedIndicator indicator, int[] targets) =>
        indicator.Consolidation switch
        {
            "Sum" => targets.Sum(),
            "Average" => (int)Math.Round(targets.Average()),
            _ => targets[^1],
        };

    private static object Target(GeneratedIndicator indicator, int value) =>
        indicator.Polarity == "Range" ? new { lower = (decimal?)value, upper = (decimal?)(value + indicator.RangeWidth) } : new { value = (decimal?)value };
}

/// <summary>A region generated from the seed: ~35 units of 20 positions each (II, 4 × III, 15 × IV) under its head.</summary>
internal sealed class RegionModel
{
    private static readonly string[] UnitNames =
    [
        "Dinas Kesehatan", "Dinas Pendidikan", "Dinas Pekerjaan Umum", "Dinas Sosial", "Dinas Perhubungan", "Dinas Pertanian",
        "Dinas Perikanan", "Dinas Pariwisata", "Dinas Lingkungan Hidup", "Dinas Perindustrian", "Dinas Koperasi", "Dinas Kependudukan",
        "Badan Perencanaan", "Badan Keuangan", "Badan Kepegawaian", "Inspektorat", "Sekretariat Daerah", "Sekretariat DPRD",
    ];

    public required string Code { get; init; }
    public required string Name { get; init; }
    public required IReadOnlyList<GeneratedPosition> Positions { get; init; }
    public required IReadOnlyList<GeneratedAgreement> Agreements { get; init; }
    public IEnumerable<string> Units => Positions.Where(p => p.Echelon == "II").Select(p => p.Unit);

    public static RegionModel Generate(int index, int units, int positionsPerUnit, Random random, ref int officialCounter, double revisionShare)
    {
        var code = string.Create(CultureInfo.InvariantCulture, $"9{1 + index / 90}.{11 + index % 89:00}");
        var positions = new List<GeneratedPosition> { new("", "kdh", "Bupati", "KDH", null, null, $"Bupati Wilayah {code}") };
        for (var u = 1; u <= units; u++)
        {
            var unit = string.Create(CultureInfo.InvariantCulture, $"u{u:00}");
            var unitName = string.Create(CultureInfo.InvariantCulture, $"{UnitNames[(u - 1) % UnitNames.Length]} {1 + (u - 1) / UnitNames.Length}");
            var head = new GeneratedPosition(unit, $"{unit}-kepala", $"Kepala {unitName}", "II", "kdh", Nip(ref officialCounter), Person(random));
            positions.Add(head);
            var fieldHeads = Math.Clamp((positionsPerUnit - 1) / 5, 1, 4);
            var heads = new List<GeneratedPosition>();
            for (var b = 1; b <= fieldHeads; b++)
            {
                var field = new GeneratedPosition(unit, string.Create(CultureInfo.InvariantCulture, $"{unit}-kabid{b}"),
                    string.Create(CultureInfo.InvariantCulture, $"Kepala Bidang {b} {unitName}"), "III", head.PositionId, Nip(ref officialCounter), Person(random));
                heads.Add(field);
                positions.Add(field);
            }
            for (var s = 0; s < positionsPerUnit - 1 - fieldHeads; s++)
            {
                var superior = heads[s % heads.Count];
                positions.Add(new GeneratedPosition(unit, string.Create(CultureInfo.InvariantCulture, $"{unit}-kasi{s + 1}"),
                    string.Create(CultureInfo.InvariantCulture, $"Kepala Seksi {s + 1} {unitName}"), "IV", superior.PositionId, Nip(ref officialCounter), Person(random)));
            }
        }
        var byId = positions.ToDictionary(p => p.PositionId);
        var agreements = positions.Where(p => p.Echelon != "KDH").Select(p => NewAgreement(code, p, p.Superior is { } s ? byId[s] : null, random, revisionShare)).ToList();
        return new RegionModel { Code = code, Name = $"Kabupaten Uji Beban {code}", Positions = positions, Agreements = agreements };
    }

    private static GeneratedAgreement NewAgreement(string region, GeneratedPosition receiver, GeneratedPosition? giver, Random random, double revisionShare)
    {
        var count = random.Next(3, 21);
        var objectives = new List<IReadOnlyList<GeneratedIndicator>>();
        var perObjective = (count + 2) / 3;
        var realisations = new Dictionary<Guid, int[]>();
        for (var made = 0; made < count;)
        {
            var indicators = new List<GeneratedIndicator>();
            for (var i = 0; i < perObjective && made < count; i++, made++)
            {
                var indicator = NewIndicator(made, random);
                indicators.Add(indicator);
                realisations[indicator.Id] = indicator.Targets.Select(t => Realised(indicator, t, random)).ToArray();
            }
            objectives.Add(indicators);
        }
        var programs = Enumerable.Range(0, random.Next(1, 3)).Select(_ => (long)random.Next(100, 5000) * 1_000_000).ToArray();
        return new GeneratedAgreement
        {
            Region = region, Receiver = receiver, Giver = giver, Objectives = objectives, ProgramBudgets = programs,
            Realisations = realisations, Revised = random.NextDouble() < revisionShare,
        };
    }

    private static GeneratedIndicator NewIndicator(int number, Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        var id = new Guid(bytes);
        var kind = random.Next(100);
        // Mixed polarity and consolidation: counts summed, percentages averaged, stocks taken last, ceilings, ranges.
        return kind switch
        {
            < 40 => new(id, $"Jumlah layanan {number + 1}", "orang", "Positive", "Sum", Quarterly(random, 50, 500), 0),
            < 65 => new(id, $"Persentase capaian {number + 1}", "%", "Positive", "Average", Quarterly(random, 60, 90), 0),
            < 80 => new(id, $"Jumlah dokumen {number + 1}", "dokumen", "Positive", "Last", Quarterly(random, 2, 20), 0),
            < 92 => new(id, $"Angka kasus {number + 1}", "kasus", "Negative", "Sum", Quarterly(random, 5, 60), 0),
            _ => new(id, $"Indeks kepuasan {number + 1}", "%", "Range", "Average", Quarterly(random, 60, 80), 10),
        };
    }

    private static int[] Quarterly(Random random, int low, int high) => Enumerable.Range(0, 4).Select(_ => random.Next(low, high)).ToArray();

    private static int Realised(GeneratedIndicator indicator, int target, Random random)
    {
        var value = (int)Math.Round(target * (0.7 + random.NextDouble() * 0.5));
        return indicator.UnitOfMeasure == "%" ? Math.Clamp(value, 0, 100) : Math.Max(0, value);
    }

    /// <summary>18 digits: birth date, appointment month at 25, gender, serial — unique per counter.</summary>
    private static string Nip(ref int counter)
    {
        var birth = new DateOnly(1965, 1, 1).AddDays(counter);
        var serial = 1 + counter % 997;
        var nip = string.Create(CultureInfo.InvariantCulture, $"{birth:yyyyMMdd}{birth.Year + 25:0000}{1 + counter % 12:00}{1 + counter % 2}{serial:000}");
        counter++;
        return nip;
    }

    private static readonly string[] Given = ["Andi", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gita", "Hadi", "Indra", "Joko", "Kartika", "Lestari", "Made", "Nur", "Putu", "Rina", "Sari", "Taufik", "Wayan", "Yusuf"];
    private static readonly string[] Family = ["Pratama", "Santoso", "Wijaya", "Saputra", "Hidayat", "Kusuma", "Siregar", "Nasution", "Lubis", "Harahap", "Simanjuntak", "Rahman"];

    private static string Person(Random random) => $"{Given[random.Next(Given.Length)]} {Family[random.Next(Family.Length)]}";

    /// <summary>The registry as the import endpoint takes it (one row per position with its holder).</summary>
    public string OrganisationCsv(int year)
    {
        var csv = new StringBuilder("unit_id,unit_name,parent_unit_id,position_id,position_title,echelon,superior_position_id,nip,official_name,rank,placed_from,acting\n");
        var unitNames = Positions.Where(p => p.Echelon == "II").ToDictionary(p => p.Unit, p => p.Title["Kepala ".Length..]);
        foreach (var p in Positions)
        {
            var unitName = p.Unit.Length == 0 ? "" : unitNames[p.Unit];
            csv.Append(CultureInfo.InvariantCulture,
                $"{p.Unit},{unitName},,{p.PositionId},{p.Title},{p.Echelon},{p.Superior},{p.Nip},{p.OfficialName},{(p.Nip is null ? "" : "Pembina (IV/a)")},{year - 1}-01-02,no\n");
        }
        return csv.ToString();
    }
}
