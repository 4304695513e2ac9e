namespace Kinerja.Agreements.Tests.Api;

/// <summary>
/// Test classes that run against their own Agreements service with the test region set up (<see cref="AgreementsApi.SetUpRegionAsync"/>);
/// <see cref="ArrangeAsync"/> adds what a class needs on top, <see cref="CleanUpAsync"/> releases it before the service stops.
/// </summary>
public abstract class InARegion(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    internal AgreementsApi Api { get; private set; } = null!;

    protected InfrastructureFixture Infrastructure => infrastructure;

    public async Task InitializeAsync()
    {
        Api = await AgreementsApi.StartAsync(infrastructure);
        await Api.SetUpRegionAsync();
        await ArrangeAsync();
    }

    public async Task DisposeAsync()
    {
        await CleanUpAsync();
        await Api.DisposeAsync();
    }

    protected virtual Task ArrangeAsync() => Task.CompletedTask;

    protected virtual Task CleanUpAsync() => Task.CompletedTask;
}
