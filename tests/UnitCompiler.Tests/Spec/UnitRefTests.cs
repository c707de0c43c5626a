using UnitCompiler.Model;

namespace UnitCompiler.Tests.Spec;

public class UnitRefTests
{
    [Theory]
    [InlineData("L/652/0848", true)]
    [InlineData("T/601/1234", true)]
    [InlineData("l/652/0848", false)] // a capital first
    [InlineData("L-652-0848", false)]
    [InlineData("L/652/084", false)]
    [InlineData("L/652/08480", false)]
    [InlineData("L/6520/848", false)]
    [InlineData("L/65x/0848", false)]
    [InlineData("L/652/0848 ", false)]
    [InlineData("L/\u0666\u0665\u0662/0848", false)] // digits of another script are not a reference's
    [InlineData("BK3-02", false)]
    [InlineData("", false)]
    public void AReferenceIsACapitalAndTwoGroupsOfDigits(string value, bool expected) => Assert.Equal(expected, UnitRef.IsWellFormed(value));
}
