using Microsoft.Playwright;

namespace Kinerja.Web.Tests;

/// <summary>
/// Holds the browser's first request matching a URL pattern (and method) back until the test releases it, so the page
/// can be looked at while "the server works" — no fixed delay, no timing in the assertions.
/// </summary>
internal sealed class HeldBack : IAsyncDisposable
{
    private readonly IPage _page;
    private readonly string _pattern;
    private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _held;

    private HeldBack(IPage page, string pattern) => (_page, _pattern) = (page, pattern);

    /// <summary>True once the held request reached the browser's network layer (the page has sent it).</summary>
    public Task Arrived => _arrived.Task;

    public static async Task<HeldBack> RequestAsync(IPage page, string pattern, string method)
    {
        var held = new HeldBack(page, pattern);
        await page.RouteAsync(pattern, async route =>
        {
            if (route.Request.Method == method && Interlocked.Exchange(ref held._held, 1) == 0)
            {
                held._arrived.TrySetResult();
                await held._released.Task;
            }
            await route.ContinueAsync();
        });
        return held;
    }

    /// <summary>Lets the held request go on to the server.</summary>
    public void Release() => _released.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        Release();
        await _page.UnrouteAsync(_pattern);
    }
}
