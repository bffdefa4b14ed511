"""Scale: code many articles fast, on one machine (a pool of worker processes) or on a Ray
cluster. This package only distributes work; every coding decision stays in the stages.

    from lapwing.scale.local import code_in_parallel
    for item in code_in_parallel(read_articles(inputs, config=config), config=config, workers=4):
        ...  # CodedArticle or Rejection, in input order

See docs/scale.md.
"""
