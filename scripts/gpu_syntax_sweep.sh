#!/bin/bash
# GPU sweep of the syntax recipe: an optional experiment (no test or CI needs a GPU).
#
# One run continues the shipped pipeline's weights and four train from scratch with wider tok2vec
# layers, side by side on one GPU, MIN minutes each (default 5.5); then scripts/evaluate_syntax.py
# scores each pipeline on CPU (--no-write: JSON only). Needs spaCy and CuPy on the GPU machine
# (PYTHONPATH may point at unpacked wheels), the corpus folder a CPU run of the recipe wrote
# (CORPUS, default .dev/corpus: the `corpus` folder under `python -m lapwing.segment.training.train
# --out DIR`) and the test data (EVALDATA, default .dev/evaldata, laid out as ../shared/data).
# The results of 2026-11-25 (one H100) are in benchmarks/results/gpu-syntax-sweep-2026-11-25/.
export PYTHONUNBUFFERED=1
OUT=${OUT:-gpu-sweep-out}; mkdir -p "$OUT"
CORPUS=${CORPUS:-.dev/corpus}; EVALDATA=${EVALDATA:-.dev/evaldata}; M=${MIN:-5.5}
export PYTHONPATH=${PYTHONPATH:+$PYTHONPATH:}$PWD/src
nvidia-smi -L
python3 - <<'P' || exit 2
import numpy, thinc.api as t
t.require_gpu(0)
ops = t.get_current_ops()
a = ops.asarray2f(numpy.ones((4, 4), "f"))
print(ops, float(ops.gemm(a, a).sum()))
P
train() {  # name, extra arguments of the recipe
  name=$1; shift
  python3 -m lapwing.segment.training.train --corpus "$CORPUS" --gpu 0 --out /tmp/run_$name \
    --max-minutes $M --set training.eval_frequency=300 "$@" > "$OUT/train_$name.log" 2>&1
  echo "done $name rc=$?"
}
BIG="--set training.batcher.size.stop=2000"
train A --resume-from src/lapwing/segment/models/en_lapwing_news --learn-rate 0.0005 &
train E $BIG &
train B $BIG --set components.tok2vec.model.width=128 --set components.tok2vec.model.embed_size=10000 &
train C $BIG --set components.tok2vec.model.width=192 --set components.tok2vec.model.depth=6 \
  --set components.tok2vec.model.embed_size=10000 &
train D $BIG --set components.tok2vec.model.width=256 --set components.tok2vec.model.depth=8 \
  --set components.tok2vec.model.embed_size=10000 --set components.parser.model.hidden_width=128 &
wait
for n in A B C D E; do
  (OMP_NUM_THREADS=1 python3 scripts/evaluate_syntax.py --model /tmp/run_$n/en_lapwing_news --data "$EVALDATA" \
     --no-write > "$OUT/eval_$n.json" 2> "$OUT/eval_$n.err"; echo "eval $n rc=$?") &
done
wait
