namespace Kinerja.Evaluations.Tests.Api;

/// <summary>The exchanges an HR system binds to, as docs/contracts/evaluations.md names them.</summary>
internal static class Exchanges
{
    public const string Evaluated = "kinerja.evaluations.agreement-evaluated.v1";
    public const string Superseded = "kinerja.evaluations.evaluation-superseded.v1";
}
