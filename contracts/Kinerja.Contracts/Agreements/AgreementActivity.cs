namespace Kinerja.Contracts.Agreements;

/// <summary>An activity (kegiatan) of a program.</summary>
/// <param name="Id">Stable within the agreement, e.g. <c>KG-2</c>.</param>
/// <param name="Name">The activity's name.</param>
/// <param name="AnnualBudget">Its budget in Rupiah.</param>
/// <param name="QuarterlyBudget">Four amounts (TW I–IV) adding up to the annual budget, or empty.</param>
public sealed record AgreementActivity(string Id, string Name, decimal AnnualBudget, IReadOnlyList<decimal> QuarterlyBudget);
