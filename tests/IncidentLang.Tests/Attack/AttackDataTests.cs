using IncidentLang.Attack;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Attack;

/// <summary>
/// The ATT&amp;CK catalog compiled into the library (<see cref="AttackData"/>, generated into obj/ by IncidentLang.csproj) is the
/// data file byte for byte: the build's literal writer changes nothing, a line end or a quote included.
/// </summary>
public sealed class AttackDataTests
{
    [Fact]
    public void The_compiled_in_catalog_is_the_data_file_byte_for_byte()
    {
        var file = File.ReadAllBytes(Path.Combine(TestPaths.Root, "data", "attack", "enterprise-attack-18.1.json"));
        Assert.True(file.AsSpan().SequenceEqual(AttackData.EnterpriseJson), $"AttackData.EnterpriseJson has {AttackData.EnterpriseJson.Length} bytes, the file {file.Length}, and they differ.");
    }
}
