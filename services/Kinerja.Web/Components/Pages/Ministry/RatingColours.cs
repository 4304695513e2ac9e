namespace Kinerja.Web.Components.Pages.Ministry;

/// <summary>One colour per rating label, best green to worst red, so bars of different regions compare at a glance.</summary>
internal static class RatingColours
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Sangat Tinggi"] = "#1b5e20", ["Tinggi"] = "#43a047", ["Sedang"] = "#f9a825", ["Rendah"] = "#ef6c00", ["Sangat Rendah"] = "#b71c1c",
        ["Sangat Baik"] = "#1b5e20", ["Baik"] = "#43a047", ["Butuh Perbaikan"] = "#f9a825", ["Kurang"] = "#ef6c00", ["Sangat Kurang"] = "#b71c1c",
    };

    private static readonly string[] Others = ["#1d4f91", "#6a1b9a", "#00838f", "#5d4037", "#455a64"];

    public const string NotRated = "#9e9e9e";

    public static string For(string label, int position) => Known.TryGetValue(label, out var colour) ? colour : Others[position % Others.Length];
}
