"""Open311 GeoReport v2 over HTTP (issue 12): ``main.py serve`` for the province's citizen apps.

Starlette routes (app.py) on uvicorn; the meaning of each request is in
console/services/open311_requests.py, keys in console/services/api_keys.py. Here: parsing the
form and the query (forms.py), JSON and XML bodies (encode.py), errors (errors.py), the body
size limit and the per-key rate limit (limits.py).
"""
