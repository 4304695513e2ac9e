using System.Globalization;
using System.Text.Json;

namespace Kinerja.Web.Components.Pages.Agreements;

// The shapes the Agreements service answers (docs/agreements-api.md), read with the web defaults (camelCase).

public sealed record AgreementRow(
    string Id, string Region, string? Unit, string UnitName, int Year, string Status,
    string ReceiverPositionId, string ReceiverPosition, string ReceiverName, string? ReceiverNip,
    int AgreementVersion, long Version, bool SignedLate);

public sealed record AgreementView(long StreamVersion, AgreementDto Agreement);

public sealed record AsOfView(long StreamVersion, DateTimeOffset? AsOf, AgreementDto Agreement);

public sealed record AgreementDto(
    string Id, string Status, int Version, string Region, int Year, string? Unit,
    PartyDto Receiver, PartyDto? Giver, ContentDto Content, DateOnly EffectiveFrom,
    IReadOnlyList<SignatureDto> Signatures, bool SignedLate, DateTimeOffset? InForceSince, string? ReturnComments,
    PendingRevisionDto? PendingRevision, IReadOnlyList<RevisionDto> Revisions,
    DateOnly? ClosedOn, string? ClosingReason, string? WithdrawalReason)
{
    public SignatureDto? SignatureOf(string party) => Signatures.FirstOrDefault(s => s.Party == party);
}

public sealed record PartyDto(
    string Position, string PositionTitle, string Echelon, string? Unit, string UnitName,
    string Official, string? Nip, string Name, string? Rank, bool Acting);

public sealed record ContentDto(IReadOnlyList<ObjectiveDto> Objectives, IReadOnlyList<ProgramDto> Programs)
{
    public static ContentDto Empty { get; } = new([], []);
}

public sealed record ObjectiveDto(string Id, string Statement, IReadOnlyList<IndicatorDto> Indicators);

public sealed record IndicatorDto(
    string Id, string Name, string UnitOfMeasure, string Polarity, string Consolidation, string Accumulation,
    string CalculationMethod, string DataSource, string Frequency, string PersonResponsible, decimal? Weight,
    TargetDto AnnualTarget, IReadOnlyList<TargetDto?> PeriodTargets);

public sealed record TargetDto(decimal? Value, decimal? Lower, decimal? Upper, bool IsMaximum)
{
    public override string ToString()
    {
        var id = CultureInfo.GetCultureInfo("id-ID");
        return Lower is not null || Upper is not null
            ? $"{Lower?.ToString("#,0.##", id)}–{Upper?.ToString("#,0.##", id)}"
            : (IsMaximum ? "maks. " : "") + Value?.ToString("#,0.##", id);
    }
}

public sealed record ProgramDto(string Id, string Name, decimal AnnualBudget, IReadOnlyList<decimal> QuarterlyBudget, IReadOnlyList<ActivityDto> Activities);

public sealed record ActivityDto(string Id, string Name, decimal AnnualBudget, IReadOnlyList<decimal> QuarterlyBudget);

public sealed record SignatureDto(string Party, string Signer, string? SignerNip, string SignerName, string Place, DateTimeOffset At, string ContentHash, bool Late);

public sealed record LegalBasisDto(string DecreeNumber, DateOnly DecreeDate);

public sealed record ActorDto(string Id, string Name);

public sealed record PendingRevisionDto(string Reason, LegalBasisDto LegalBasis, ContentDto Content, string? Note, ActorDto ProposedBy, DateTimeOffset ProposedAt);

public sealed record RevisionDto(int Version, string Reason, LegalBasisDto LegalBasis, ActorDto ProposedBy, ActorDto ApprovedBy, DateTimeOffset ApprovedAt, string ContentHash);

public sealed record TimelineEntry(long Version, string Type, string Actor, string? ActorName, DateTimeOffset RecordedAt, string Summary, string? Reason, LegalBasisDto? LegalBasis, JsonElement Data);

public sealed record FieldChange(string Path, string Kind, string? Old, string? New);

public sealed record DiffView(long From, long To, IReadOnlyList<FieldChange> Changes);

public sealed record BrokenLink(string StreamId, long Version, string Problem);

public sealed record ChainVerification(long StreamsChecked, long EventsChecked, BrokenLink? FirstBrokenLink, bool IsIntact);

/// <summary>Rupiah and numbers as Indonesians write them (id-ID): <c>Rp 1.000.000</c>.</summary>
internal static class Formats
{
    public static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static string Rupiah(decimal amount) => "Rp " + amount.ToString("#,0.##", Indonesian);

    public static string Number(decimal? value) => value?.ToString("#,0.##", Indonesian) ?? "";

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Indonesian);

    public static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("d MMM yyyy HH:mm 'UTC'", Indonesian);

    /// <summary>Quarter labels (TW I–IV).</summary>
    public static readonly IReadOnlyList<string> Quarters = ["TW I", "TW II", "TW III", "TW IV"];
}
