namespace Kinerja.EventStore.Tests.EventTypes;

public sealed record TargetRevisedV2(string Indicator, decimal Target, string Reason, string LegalBasis);

[Collection(InfrastructureCollection.Name)]
public sealed class Naming_and_upcasting_event_types(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task a_v1_event_stored_before_a_schema_change_is_read_back_as_v2()
    {
        var connectionString = await infrastructure.CreateDatabaseAsync("upcast");
        await using (var before = new EventStore(TestStores.Options(connectionString)))
        {
            await before.MigrateAsync();
            await TestStores.DraftAsync(before, "agreement-old", new TargetRevised("IKU-1", 80m, "mutasi"));
        }

        // After the change: v1 is no longer a type in the code, only an upcaster from its stored shape.
        var options = new EventStoreOptions { ConnectionString = connectionString };
        options.Events
            .Register<AgreementDrafted>("agreement.drafted.v1")
            .Register<TargetRevisedV2>("agreement.target-revised.v2")
            .Upcast("agreement.target-revised.v1", "agreement.target-revised.v2", old =>
            {
                old["legalBasis"] = "unknown (before v2)";
                return old;
            });
        await using var after = new EventStore(options);

        var revised = (await after.ReadStreamAsync("agreement-old"))[1];

        revised.TypeName.ShouldBe("agreement.target-revised.v2");
        revised.Data.ShouldBe(new TargetRevisedV2("IKU-1", 80m, "mutasi", "unknown (before v2)"));
    }

    [Fact]
    public async Task a_stored_type_name_nobody_registered_fails_loudly_on_read()
    {
        var connectionString = await infrastructure.CreateDatabaseAsync("unknown");
        await using (var writer = new EventStore(TestStores.Options(connectionString)))
        {
            await writer.MigrateAsync();
            await TestStores.DraftAsync(writer, "agreement-u", new AgreementSigned(DateTimeOffset.UtcNow));
        }
        var options = new EventStoreOptions { ConnectionString = connectionString };
        options.Events.Register<AgreementDrafted>("agreement.drafted.v1");
        await using var reader = new EventStore(options);

        var error = await Should.ThrowAsync<UnknownEventTypeException>(() => reader.ReadStreamAsync("agreement-u"));
        error.Message.ShouldContain("agreement.signed.v1");
    }

    [Theory]
    [InlineData("TargetRevised")]
    [InlineData("agreement.target-revised")]
    [InlineData("Agreement.TargetRevised.v1")]
    public void names_without_a_version_or_in_clr_style_are_refused(string name)
    {
        Should.Throw<ArgumentException>(() => new EventTypeRegistry().Register<TargetRevised>(name));
        Should.Throw<ArgumentException>(() => new EventTypeRegistry().Upcast(name, "agreement.x.v2", node => node));
    }

    [Fact]
    public void a_name_or_a_type_registered_twice_is_refused()
    {
        var registry = new EventTypeRegistry().Register<TargetRevised>("agreement.target-revised.v1");
        Should.Throw<InvalidOperationException>(() => registry.Register<AgreementSigned>("agreement.target-revised.v1"));
        Should.Throw<InvalidOperationException>(() => registry.Register<TargetRevised>("agreement.target-revised.v9"));
    }
}
