package io.storyloom.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SecretTokensTest {

    @Test
    void hashesAreSha256InHex() {
        // FIPS 180-2's example of "abc", and the hash of nothing.
        assertThat(SecretTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(SecretTokens.hash("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void manyThreadsHashingAtOnceEachGetTheirOwnTokensHash() {
        List<String> tokens = IntStream.range(0, 2_000).mapToObj(i -> SecretTokens.generate("slt_")).toList();
        List<String> alone = tokens.stream().map(SecretTokens::hash).toList();
        assertThat(tokens.parallelStream().map(SecretTokens::hash).toList()).isEqualTo(alone).doesNotHaveDuplicates();
    }
}
