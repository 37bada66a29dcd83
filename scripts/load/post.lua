-- wrk script: POST the GraphQL request in the WSP_BODY environment variable (a JSON object with "query").
wrk.method = "POST"
wrk.body = os.getenv("WSP_BODY")
wrk.headers["Content-Type"] = "application/json"
