from greenlane.extract.language import detect_language


def test_it_tells_the_four_languages_apart():
    assert detect_language("Tỉnh Bắc Ninh thu hút vốn đầu tư của các doanh nghiệp Nhật Bản") == "vi"
    assert detect_language("La province de Bac Ninh a attiré des investissements japonais") == "fr"
    assert detect_language("The province of Bac Ninh attracted investment from Japan") == "en"
    assert detect_language("バクニン省は日本からの投資を誘致している。") == "ja"


def test_vietnamese_without_diacritics_is_still_vietnamese():
    assert detect_language("Nam 2024, tinh Hung Yen thu hut 68 du an cua cac nha dau tu") == "vi"


def test_an_empty_text_has_no_language():
    assert detect_language("   ") == "und"
