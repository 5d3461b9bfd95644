#!/usr/bin/env python3
"""Writes a LiteLLM-shaped price map (model_prices_and_context_window.json) of about N entries,
like the real one: many providers, mostly chat models, some free (price 0), some without prices,
embeddings and image models that the import skips. Deterministic.
Usage: benchmarks/make-litellm-map.py [N] > map.json
Then: modeldesk import --from litellm map.json --out big.json   (the built-in models keep their scores)"""
import json
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 3300
providers = ["openai", "azure", "anthropic", "gemini", "vertex_ai-language-models", "mistral", "deepseek",
             "groq", "bedrock", "cohere_chat", "xai", "openrouter", "together_ai", "fireworks_ai", "ollama"]
families = ["gpt", "claude", "gemini", "mistral", "llama", "qwen", "deepseek", "command", "grok", "phi"]
out = {"sample_spec": {"max_tokens": "LEGACY parameter.", "input_cost_per_token": 0.0,
                       "output_cost_per_token": 0.0, "litellm_provider": "one of the providers",
                       "mode": "one of: chat, embedding"}}
for i in range(n):
    provider = providers[i % len(providers)]
    family = families[(i * 7) % len(families)]
    mode = "embedding" if i % 17 == 5 else ("image_generation" if i % 23 == 7 else "chat")
    key = f"{provider}/{family}-{i % 9}.{i % 5}-{['mini', 'pro', 'turbo', 'flash', 'large'][i % 5]}-{i}"
    entry = {"max_tokens": 4096 << (i % 4), "max_input_tokens": 8192 << (i % 7),
             "max_output_tokens": 4096 << (i % 4), "litellm_provider": provider, "mode": mode,
             "supports_function_calling": i % 2 == 0}
    if provider == "ollama" or i % 29 == 3:
        entry["input_cost_per_token"] = 0.0
        entry["output_cost_per_token"] = 0.0
    elif i % 31 != 11:
        entry["input_cost_per_token"] = round((5 + (i * 7919) % 1500) * 1e-8, 12)
        entry["output_cost_per_token"] = round((15 + (i * 104729) % 6000) * 1e-8, 12)
        if i % 3 == 0:
            entry["cache_read_input_token_cost"] = round(entry["input_cost_per_token"] / 4, 14)
        if i % 5 == 0:
            entry["input_cost_per_token_batches"] = round(entry["input_cost_per_token"] / 2, 14)
            entry["output_cost_per_token_batches"] = round(entry["output_cost_per_token"] / 2, 14)
    out[key] = entry
json.dump(out, sys.stdout, indent=4)
