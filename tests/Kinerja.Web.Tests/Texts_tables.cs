using Kinerja.Web.Localization;

namespace Kinerja.Web.Tests;

public sealed class Texts_tables
{
    [Fact]
    public void every_indonesian_text_has_an_english_one_and_the_other_way_round() =>
        Texts.MissingTranslations().ShouldBeEmpty();
}
