"""The turn's microphone buffer (``live.turn.SampleBuffer``): what is appended reads back exactly."""

import numpy as np

from voicecoach.live.turn import SampleBuffer


def test_slices_read_back_what_was_appended_across_growth():
    rng = np.random.default_rng(7)
    blocks = [rng.standard_normal(n).astype(np.float32) for n in (320, 512, 1, 0, 4000, 320)]
    buffer = SampleBuffer(capacity=600)  # small: it must grow several times
    for block in blocks:
        buffer.append(block)
    whole = np.concatenate(blocks)
    assert len(buffer) == len(whole) == 5153
    assert np.array_equal(buffer.slice(), whole)
    assert np.array_equal(buffer.slice(700, 4500), whole[700:4500])
    assert np.array_equal(buffer.slice(5000, 99_999), whole[5000:])  # past the end: what there is


def test_a_slice_is_a_copy_that_later_blocks_do_not_change():
    buffer = SampleBuffer(capacity=4)
    buffer.append(np.ones(3, np.float32))
    taken = buffer.slice(0, 3)
    buffer.append(np.full(10, 2.0, np.float32))  # grows: the old storage is replaced
    taken[0] = 5.0
    assert taken.tolist() == [5.0, 1.0, 1.0]
    assert buffer.slice(0, 4).tolist() == [1.0, 1.0, 1.0, 2.0]


def test_an_empty_buffer_is_false_and_slices_to_nothing():
    buffer = SampleBuffer()
    assert not buffer and len(buffer) == 0
    assert buffer.slice(0, 100).shape == (0,)
