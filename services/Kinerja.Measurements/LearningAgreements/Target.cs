namespace Kinerja.Measurements.LearningAgreements;

/// <summary>A promised value for one period: a single figure, or a range such as 80–90.</summary>
internal abstract record Target
{
    /// <summary>Whether the realisation falls short of the target, reading polarity: lower is better for negative polarity; a range is missed outside it.</summary>
    public abstract bool IsMissedBy(decimal realisation, Polarity polarity);

    internal sealed record Point(decimal Value) : Target
    {
        public override bool IsMissedBy(decimal realisation, Polarity polarity) =>
            polarity == Polarity.Positive ? realisation < Value : realisation > Value;

        public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    internal sealed record Range(decimal Low, decimal High) : Target
    {
        public override bool IsMissedBy(decimal realisation, Polarity polarity) => realisation < Low || realisation > High;

        public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Low}–{High}");
    }
}
