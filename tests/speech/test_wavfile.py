"""The live WAV file is valid at every moment, not only after close."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile as sf

from mockint.speech.wavfile import LiveWavWriter


def test_header_is_valid_after_every_write(tmp_path: Path) -> None:
    path = tmp_path / "answer.wav"
    writer = LiveWavWriter(path, 16000)
    assert sf.info(str(path)).frames == 0  # an empty but valid file from the start
    blocks = [np.full(1600, i * 100, dtype=np.int16) for i in range(5)]
    for count, block in enumerate(blocks, 1):
        writer.write(block.reshape(-1, 1))
        # Read by another handle while the writer is still open.
        data, rate = sf.read(path, dtype="int16")
        assert rate == 16000 and len(data) == 1600 * count
        assert np.array_equal(data, np.concatenate(blocks[:count]))
    writer.close()
    writer.close()  # twice is harmless
    assert sf.info(str(path)).frames == 8000
    assert path.stat().st_mode & 0o777 == 0o600
