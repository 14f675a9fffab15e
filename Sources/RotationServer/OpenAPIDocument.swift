import HTTPTypes
import RotationApp

/// The OpenAPI 3.1 description of every route, built from the same route list the router is
/// built from.
enum OpenAPIDocument {
    static func make(_ routes: [Route], version: String) -> JSONValue {
        var paths: [String: [String: JSONValue]] = [:]
        for route in routes {
            paths[route.path, default: [:]][route.method.rawValue.lowercased()] = operation(route)
        }
        let errorSchema: JSONValue = [
            "type": "object", "required": ["error"],
            "properties": ["error": ["type": "object", "required": ["message"],
                                     "properties": ["message": ["type": "string", "description": "One line a user can act on."]]]],
        ]
        return [
            "openapi": "3.1.0",
            "info": ["title": "Rotation", "version": .string(version),
                     "description": "Market-leadership rotation: every read-only command of the `rotation` CLI as GET /api/<command>, answering exactly the CLI's --json document."],
            "paths": .object(paths.mapValues { .object($0) }),
            "components": [
                "schemas": ["Error": errorSchema],
                "securitySchemes": ["writeToken": ["type": "http", "scheme": "bearer", "description": "The server's --write-token."]],
            ],
        ]
    }

    static func operation(_ route: Route) -> JSONValue {
        var responses: [String: JSONValue] = ["200": ["description": "OK", "content": content(route.produces)]]
        if route.method == .get, route.produces != .eventStream {
            responses["304"] = ["description": "Not modified (If-None-Match matched the ETag)."]
        }
        for status in route.errors {
            responses[String(status)] = ["description": .string(errorDescription(status)),
                                         "content": [errorType(route.produces): ["schema": ["$ref": "#/components/schemas/Error"]]]]
        }
        var operation: [String: JSONValue] = [
            "operationId": .string(operationID(route)),
            "summary": .string(route.summary),
            "responses": .object(responses),
        ]
        if !route.parameters.isEmpty { operation["parameters"] = .array(route.parameters.map(parameter)) }
        switch route.body {
        case .json(let description):
            operation["requestBody"] = ["required": true, "description": .string(description),
                                        "content": ["application/json": ["schema": ["type": "object"]]]]
        case .csv:
            operation["requestBody"] = ["required": true, "description": "The CSV file's bytes.",
                                        "content": ["text/csv": ["schema": ["type": "string"]]]]
        case .text:
            operation["requestBody"] = ["required": true, "description": "The article's text.",
                                        "content": ["text/plain": ["schema": ["type": "string"]]]]
        case .form:
            operation["requestBody"] = ["required": true, "description": "The form's fields.",
                                        "content": ["application/x-www-form-urlencoded": ["schema": ["type": "object"]]]]
        case nil:
            break
        }
        if route.needsToken { operation["security"] = [["writeToken": []]] }
        return .object(operation)
    }

    static func parameter(_ parameter: CommandParameter) -> JSONValue {
        var object: [String: JSONValue] = [
            "name": .string(parameter.name), "in": "query", "required": .bool(parameter.required),
            "description": .string(parameter.summary), "schema": schema(parameter),
        ]
        if parameter.repeated {
            object["style"] = "form"
            object["explode"] = true
        } else if parameter.kind == .list {
            object["style"] = "form"
            object["explode"] = false
        }
        return .object(object)
    }

    static func schema(_ parameter: CommandParameter) -> JSONValue {
        let single: JSONValue = switch parameter.kind {
        case .text, .file: ["type": "string"]
        case .list: ["type": "array", "items": ["type": "string"]]
        case .date: ["type": "string", "format": "date"]
        case .integer: ["type": "integer"]
        case .number: ["type": "number"]
        case .boolean: ["type": "boolean"]
        case .choice(let words): ["type": "string", "enum": .array(words.map(JSONValue.string))]
        }
        return parameter.repeated ? ["type": "array", "items": single] : single
    }

    static func content(_ produces: Route.Produces) -> JSONValue {
        switch produces {
        case .json: ["application/json": ["schema": ["type": "object"]]]
        case .html: ["text/html": ["schema": ["type": "string"]]]
        case .eventStream: ["text/event-stream": ["schema": ["type": "string"]]]
        }
    }

    static func errorType(_ produces: Route.Produces) -> String {
        produces == .html ? "text/html" : "application/json"
    }

    static func errorDescription(_ status: Int) -> String {
        switch status {
        case 400: "Bad parameter, window, date or input data."
        case 401: "Missing or wrong bearer token."
        case 404: "Unknown symbol or file."
        case 413: "The request body is too large."
        case 414: "The query is too long."
        default: "Error."
        }
    }

    static func operationID(_ route: Route) -> String {
        let words = route.path.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let name = words.isEmpty ? "index" : words.joined(separator: "_")
        return route.method.rawValue.lowercased() + "_" + name
    }
}
