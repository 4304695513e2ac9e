namespace Kinerja.Measurements.Realisations;

/// <summary>An event in a realisation's stream; each carries its tenant (region) and unit.</summary>
internal interface IRealisationEvent : IMeasurementEvent
{
    RealisationKey Key { get; }

    RegionCode Region { get; }

    string UnitId { get; }
}
