using UnitCompiler.Exchange;

namespace UnitCompiler.Tests.Exchange;

public class Uuid5Tests
{
    [Fact]
    public void MatchesTheRfcsPublishedExample() =>
        // RFC 9562, appendix A.4: UUIDv5 of "www.example.com" in the DNS namespace.
        Assert.Equal("2ed6657d-e927-568b-95e1-2665a8aea6a2", Uuid5.Text(Uuid5.DnsNamespace, "www.example.com"));

    [Fact]
    public void TheDefaultNamespaceIsWhatTheReadmeSaysItIs() =>
        // The RFC's URL namespace and the name the README gives.
        Assert.Equal(ExchangeSettings.DefaultNamespace, Uuid5.Create(new Guid("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "https://unitc.invalid/case"));

    [Fact]
    public void DifferentNamesGiveDifferentVersion5Uuids()
    {
        var a = Uuid5.Text(ExchangeSettings.DefaultNamespace, "L/652/0848#2.3");
        var b = Uuid5.Text(ExchangeSettings.DefaultNamespace, "L/652/0848#2.4");
        Assert.NotEqual(a, b);
        Assert.Equal('5', a[14]);
        Assert.Contains(a[19], "89ab");
    }
}
