#!/usr/bin/env python3
"""Writes a valid ModelDesk dataset of about SIZE megabytes (default 60): the built-in benchmarks, then
generated models with a three-entry price history each and scores for one in seven. Deterministic.
Usage: benchmarks/make-dataset.py [SIZE_MB] > big.json   (benchmarks/bigload.sh measures loading it)"""
import json
import sys

target = int(float(sys.argv[1] if len(sys.argv) > 1 else 60) * 1024 * 1024)
benchmarks = [{"id": b, "name": b.upper(), "category": "reasoning", "unit": "%", "higher_is_better": True}
              for b in ["mmlu", "gpqa", "drop", "mgsm", "math", "humaneval", "mmmu", "mathvista"]]
out = sys.stdout
out.write('{"format": "modeldesk-dataset", "version": 1, "title": "Generated", "benchmarks": ')
out.write(json.dumps(benchmarks, indent=1))
out.write(',\n"models": [\n')
written, i, scores = 0, 0, []
while written < target * 0.85:
    prices = [{"effective": f"2024-0{m}-01", "source": "https://example.com/prices",
               "input": round((5 + (i * 7919 + m) % 1500) / 100, 4), "output": round((15 + (i * 104729) % 6000) / 100, 4),
               "cached_input": 0.05, "batch_input": 0.5, "batch_output": 1.5} for m in (1, 4, 7)]
    model = {"id": f"provider-{i % 40}/model-{i}", "name": f"Generated model {i}", "vendor": f"Vendor {i % 40}",
             "release_date": "2024-07-18", "context_window": 8192 << (i % 6), "max_output_tokens": 4096,
             "knowledge_cutoff": "2023-10", "modalities": ["text"], "prices": prices}
    text = ("" if i == 0 else ",\n") + json.dumps(model, indent=1)
    out.write(text)
    written += len(text)
    if i % 7 == 0:
        scores += [{"model": model["id"], "benchmark": b["id"], "value": 20 + (i * 37 + k * 11) % 700 / 10,
                    "source": "https://example.com/scores"} for k, b in enumerate(benchmarks)]
    i += 1
out.write('\n],\n"scores": [\n')
out.write(",\n".join(json.dumps(s, indent=1) for s in scores))
out.write("\n]}\n")
