using Kinerja.Web.Localization;

namespace Kinerja.Web.Components.Pages.Decisions;

/// <summary>A decision's kind in words, e.g. "Penyesuaian TPP −1 %".</summary>
internal static class DecisionWords
{
    public static string Kind(Texts texts, string? kind, decimal? allowancePercent)
    {
        var name = kind is null ? "" : char.ToUpperInvariant(kind[0]) + kind[1..];
        var words = texts[$"decisions.kind.{name}"];
        return allowancePercent is { } percent ? $"{words} {percent:+0.##;−0.##} %" : words;
    }
}
