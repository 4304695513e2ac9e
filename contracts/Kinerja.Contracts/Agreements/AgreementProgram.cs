namespace Kinerja.Contracts.Agreements;

/// <summary>A program funded to reach the objectives.</summary>
/// <param name="Id">Stable within the agreement, e.g. <c>PG-1</c>.</param>
/// <param name="Name">The program's name.</param>
/// <param name="AnnualBudget">The budget (pagu) in Rupiah.</param>
/// <param name="QuarterlyBudget">Four amounts (TW I–IV) adding up to the annual budget, or empty when not given.</param>
/// <param name="Activities">The program's activities (kegiatan).</param>
public sealed record AgreementProgram(string Id, string Name, decimal AnnualBudget, IReadOnlyList<decimal> QuarterlyBudget, IReadOnlyList<AgreementActivity> Activities);
