global using System.Text.Json;
global using Npgsql;
