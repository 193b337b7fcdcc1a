"""Language detection for zh, en and mixed text."""

import pytest

from summarizer.lang import detect_lang


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("腾讯云的客户包括国内超80%头部大模型厂商。", "zh"),
        ("Regional airlines are leasing older aircraft at record rates.", "en"),
        ("大模型在To B侧的商业化，GPU算力和Azure AI收入都被提到。", "zh"),
        ("Tencent (腾讯) said its cloud revenue grew faster than expected this quarter.", "en"),
        ("據報導，台積電第三季營收創新高。", "zh"),
        ("123 456 !!!", "zh"),
    ],
)
def test_detect_lang(text, expected):
    assert detect_lang(text) == expected
