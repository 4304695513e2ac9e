namespace Kinerja.Evaluations.Tests.Api;

/// <summary>Real PostgreSQL and RabbitMQ shared by the API tests; each test gets its own database and service host.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "evaluations-api";
}
