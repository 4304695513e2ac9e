namespace Kinerja.Measurements.LearningAgreements;

/// <summary>What kind of number a realisation of the indicator is, derived upstream from its unit of measure (satuan).</summary>
internal enum ValueKind
{
    /// <summary>A share between 0 and 100 (e.g. "% of budget absorbed").</summary>
    Percent,
    /// <summary>A whole number of things, never negative (e.g. "orang", "dokumen").</summary>
    Count,
    /// <summary>Rupiah, never negative, at most two decimals.</summary>
    Rupiah,
    /// <summary>Any decimal: indices, rates of growth that may be negative.</summary>
    Number,
}

/// <summary>Whether a higher realisation is better (positive) or worse (negative).</summary>
internal enum Polarity
{
    Positive,
    Negative,
}

/// <summary>How the periods of a year consolidate into the annual figure.</summary>
internal enum Consolidation
{
    Sum,
    Average,
    Last,
}

/// <summary>Whether quarterly targets are each quarter's own figure or cumulative since January.</summary>
internal enum QuarterlyTargetKind
{
    PerPeriod,
    Cumulative,
}
