namespace Kinerja.Agreements.Tests.Values;

public class NipTests
{
    [Fact]
    public void a_valid_nip_exposes_the_birth_date_and_gender()
    {
        var nip = Nip.Parse("197505122000032002");
        nip.BirthDate.ShouldBe(new DateOnly(1975, 5, 12));
        nip.IsWoman.ShouldBeTrue();
    }

    [Fact]
    public void spaces_between_the_groups_are_allowed() =>
        Nip.Parse("19700101 199503 1 001").Value.ShouldBe("197001011995031001");

    [Theory]
    [InlineData("", "required")]
    [InlineData("19700101199503100", "exactly 18 digits")]
    [InlineData("1970010119950310011", "exactly 18 digits")]
    [InlineData("19700101199503100X", "other characters")]
    [InlineData("197002301995031001", "birth date")]
    [InlineData("197013011995031001", "birth date")]
    [InlineData("197001011995131001", "no month 13")]
    [InlineData("197001011985031001", "before turning 18")]
    [InlineData("197001011995033001", "1 for a man, 2 for a woman")]
    [InlineData("197001011995031000", "serial number")]
    public void every_part_of_the_nip_is_checked(string text, string expected)
    {
        Nip.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldContain(expected);
    }
}
