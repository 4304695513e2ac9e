global using Kinerja.Agreements;
global using Kinerja.Agreements.Decisions;
global using Kinerja.Agreements.Organisation;
global using Kinerja.Agreements.Tests.Support;
global using Kinerja.Agreements.Values;
global using Kinerja.Testing;
global using Shouldly;
global using Xunit;
