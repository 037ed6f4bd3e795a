using IncidentLang.Binding;

namespace IncidentLang.Tests.Indicators;

/// <summary>INC1018: CVE-YYYY-NNNN… with a year from 1999 and 4 to 19 digits.</summary>
public sealed class CveIdTests
{
    [Theory]
    [InlineData("CVE-2023-34362")]
    [InlineData("CVE-2014-0160")]
    [InlineData("CVE-1999-0001")]
    [InlineData("CVE-2021-44228")]
    [InlineData("CVE-2024-1234567")]
    [InlineData("CVE-2024-1000000000000000000")]
    [InlineData("CVE-2099-0001")]
    public void Accepts(string id)
    {
        Assert.True(CveId.IsValid(id));
        Assert.Null(CveId.Check(id));
        Assert.Null(CveId.Validate(id));
    }

    [Theory]
    [InlineData("CVE-2023-343", "'CVE-2023-343' is not a CVE ID: the number 343 has 3 digits; it is zero-padded to four: CVE-2023-0343")]
    [InlineData("CVE-2023-7", "'CVE-2023-7' is not a CVE ID: the number 7 has 1 digit; it is zero-padded to four: CVE-2023-0007")]
    [InlineData("CVE-2023-034362", "'CVE-2023-034362' is not a CVE ID: the number 034362 has a leading zero; only numbers below 1000 are padded, to four digits: CVE-2023-34362")]
    [InlineData("CVE-2023-00001", "'CVE-2023-00001' is not a CVE ID: the number 00001 has a leading zero; only numbers below 1000 are padded, to four digits: CVE-2023-0001")]
    [InlineData("CVE-23-34362", "'CVE-23-34362' is not a CVE ID: the year '23' is not four digits (CVE-YYYY-NNNN)")]
    [InlineData("CVE-1998-0001", "'CVE-1998-0001' is not a CVE ID: the year 1998 is before 1999, the first year of CVE IDs")]
    [InlineData("CVE-2023-3436x", "'CVE-2023-3436x' is not a CVE ID: the number '3436x' is not digits only (CVE-YYYY-NNNN)")]
    [InlineData("CVE-2023-", "'CVE-2023-' is not a CVE ID: the number '' is not digits only (CVE-YYYY-NNNN)")]
    [InlineData("CVE-2023", "'CVE-2023' is not a CVE ID: it is not CVE-YYYY-NNNN: a year and a number after CVE-, separated by '-'")]
    [InlineData("CVE-2023-34362-1", "'CVE-2023-34362-1' is not a CVE ID: it is not CVE-YYYY-NNNN: a year and a number after CVE-, separated by '-'")]
    [InlineData("CVE-2024-10000000000000000000", "'CVE-2024-10000000000000000000' is not a CVE ID: the number has 20 digits; the most is 19")]
    [InlineData("cve-2023-34362", "'cve-2023-34362' is not a CVE ID: CVE is written in capitals: CVE-2023-34362")]
    [InlineData("GHSA-2023-34362", "'GHSA-2023-34362' is not a CVE ID: it does not start with CVE- (CVE-YYYY-NNNN)")]
    [InlineData("CAN-1999-0067", "'CAN-1999-0067' is not a CVE ID: it does not start with CVE- (CVE-YYYY-NNNN)")]
    [InlineData("", "'' is not a CVE ID: it does not start with CVE- (CVE-YYYY-NNNN)")]
    public void Rejects(string id, string message)
    {
        Assert.False(CveId.IsValid(id));
        Assert.Equal(message, CveId.Validate(id));
        Assert.EndsWith(CveId.Check(id)!, message);
    }
}
