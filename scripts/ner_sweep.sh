#!/bin/bash
# Sweep of entity-recogniser training variants over the shipped pipeline: an optional experiment
# (no test or CI runs it). Each variant keeps the shipped tok2vec, tagger, lemmatizer and parser
# frozen (so tags and parses stay exactly the shipped ones) and trains only the entity recogniser,
# on one CPU core, MIN minutes (default 7), all variants side by side: on a machine with many cores
# (the borrowed 16-core GPU machines) a dozen variants take one run. Needs spaCy (PYTHONPATH may
# point at unpacked wheels) and the corpus folder a run of the recipe wrote (CORPUS, default
# .dev/corpus). Each variant's entity recogniser comes back in OUT/ner_variants.tar.xz (with
# its training log); score them with scripts/evaluate_syntax.py after copying the folder `ner`
# over a copy of the shipped pipeline.
export PYTHONUNBUFFERED=1 OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
OUT=${OUT:-ner-sweep-out}; mkdir -p "$OUT"
CORPUS=${CORPUS:-.dev/corpus}; M=${MIN:-7}; STEPS=${STEPS:-3000}
SHIPPED=src/lapwing/segment/models/en_lapwing_news
export PYTHONPATH=${PYTHONPATH:+$PYTHONPATH:}$PWD/src
nproc
run() {  # name, extra arguments of the recipe
  name=$1; shift
  python3 -m lapwing.segment.training.train --corpus "$CORPUS" --out /tmp/ner_$name --resume-from $SHIPPED \
    --freeze-resumed --max-minutes $M --total-steps $STEPS --set training.eval_frequency=250 "$@" \
    > /tmp/ner_$name.log 2>&1
  echo "done $name rc=$?"
}
ALL_BUT_NER=tok2vec,tagger,morphologizer,trainable_lemmatizer,parser
run keep_lr1e3 --keep-learning ner &
run keep_lr5e4 --keep-learning ner --learn-rate 0.0005 &
run keep_lr2e3 --keep-learning ner --learn-rate 0.002 &
run keep_drop2 --keep-learning ner --set training.dropout=0.2 &
run keep_seed1 --keep-learning ner --seed 1 &
run new_w64 --resume-components $ALL_BUT_NER &
run new_w64_seed1 --resume-components $ALL_BUT_NER --seed 1 &
run new_w128 --resume-components $ALL_BUT_NER --set components.ner.model.hidden_width=128 &
run new_w128_p3 --resume-components $ALL_BUT_NER --set components.ner.model.hidden_width=128 \
  --set components.ner.model.maxout_pieces=3 &
run new_w256 --resume-components $ALL_BUT_NER --set components.ner.model.hidden_width=256 &
run own_lr3e4 --own-tok2vec ner --learn-rate 0.0003 &
run own_lr1e3 --own-tok2vec ner &
wait
cd /tmp && tar -cJf "$OUT/ner_variants.tar.xz" ner_*/en_lapwing_news/ner ner_*/en_lapwing_news/meta.json \
  ner_*/en_lapwing_news/config.cfg ner_*.log
ls -la "$OUT"
