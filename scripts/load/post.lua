-- wrk script: POST the GraphQL request in the WSP_BODY environment variable (a JSON object with "query"), asking for
-- application/json, with the bearer token in WSP_TOKEN when it is set.
wrk.method = "POST"
wrk.body = os.getenv("WSP_BODY")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
local token = os.getenv("WSP_TOKEN")
if token ~= nil and token ~= "" then
    wrk.headers["Authorization"] = "Bearer " .. token
end
