global using Kinerja.ServiceDefaults;
