using System.Text.Json.Serialization;

namespace IncidentLang.Projects;

/// <summary>Source-generated JSON metadata for the few types configuration reading serializes.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class ConfigurationJsonContext : JsonSerializerContext;
