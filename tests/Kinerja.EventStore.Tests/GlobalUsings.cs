global using Kinerja.Testing;
global using Shouldly;
global using Xunit;
global using Kinerja.EventStore.Tests.Support;
global using Npgsql;
