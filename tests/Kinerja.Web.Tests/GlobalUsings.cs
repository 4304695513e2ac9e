global using Kinerja.Testing;
global using Shouldly;
global using Xunit;
