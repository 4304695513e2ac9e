namespace Kinerja.ServiceDefaults.Auth;

/// <summary>A local demo user; see README "Demo users".</summary>
public sealed record DemoUser(string Subject, string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Regions)
{
    public IReadOnlyList<string> Units { get; init; } = [];
    public string? Nip { get; init; }

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("operator-6402", "Operator Kutai Kartanegara", [KinerjaRoles.Operator], ["64.02"]),
        new("verifier-6402", "Verifikator Kutai Kartanegara", [KinerjaRoles.Verifier], ["64.02"]),
        new("reviewer-6402", "Inspektorat Kutai Kartanegara", [KinerjaRoles.Reviewer], ["64.02"]),
        // The signing parties of the demo region, so the whole workflow can be walked in the browser. Their NIPs are
        // those of their placements in the seeded registry (KutaiKartanegara); the Bupati is elected and has no NIP.
        new("bupati-6402", "Dr. H. Mahmud Arifin, M.Si (Bupati Kutai Kartanegara)", [KinerjaRoles.Verifier], ["64.02"]),
        new("kadinkes-6402", "dr. Hj. Dewi Handayani, M.Kes (Kepala Dinas Kesehatan)", [KinerjaRoles.Verifier], ["64.02"]) { Nip = "196506081990032009" },
        new("kabid-dinkes-6402", "Irwan Hidayat, S.P, M.P (Kepala Bidang Pelayanan Kesehatan)", [KinerjaRoles.Verifier], ["64.02"]) { Nip = "197408221999032002" },
        new("operator-6471", "Operator Kota Balikpapan", [KinerjaRoles.Operator], ["64.71"]),
        new("ministry", "Operator Kementerian", [KinerjaRoles.Ministry], [KinerjaClaims.AllRegions]),
        new("auditor", "Auditor", [KinerjaRoles.Auditor], [KinerjaClaims.AllRegions]),
        new("hr", "Sistem Kepegawaian", [KinerjaRoles.HrSubscriber], [KinerjaClaims.AllRegions]),
        new("admin", "Administrator", [KinerjaRoles.Admin], [KinerjaClaims.AllRegions]),
    ];

    public static DemoUser? Find(string subject) => All.FirstOrDefault(u => u.Subject == subject);
}
