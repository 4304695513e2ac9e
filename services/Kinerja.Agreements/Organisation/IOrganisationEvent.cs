namespace Kinerja.Agreements.Organisation;

/// <summary>A fact of a region's organisation registry; the stream is the region's.</summary>
internal interface IOrganisationEvent
{
    RegionCode Region { get; }

    Actor By { get; }

    DateTimeOffset At { get; }
}
