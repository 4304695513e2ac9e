namespace Kinerja.Evaluations.Feed;

/// <summary>A page of the feed; ask again with <c>after=</c><see cref="Next"/> (an empty page means caught up for now).</summary>
internal sealed record FeedPage(IReadOnlyList<FeedEntry> Events, string Next);
