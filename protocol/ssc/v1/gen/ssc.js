/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const ssc = $root.ssc = (() => {

    /**
     * Namespace ssc.
     * @exports ssc
     * @namespace
     */
    const ssc = {};

    ssc.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof ssc
         * @namespace
         */
        const v1 = {};

        /**
         * OperatorType enum.
         * @name ssc.v1.OperatorType
         * @enum {number}
         * @property {number} OPERATOR_TYPE_UNSPECIFIED=0 OPERATOR_TYPE_UNSPECIFIED value
         * @property {number} OPERATOR_TYPE_STAFF=1 OPERATOR_TYPE_STAFF value
         * @property {number} OPERATOR_TYPE_KIOSK=2 OPERATOR_TYPE_KIOSK value
         * @property {number} OPERATOR_TYPE_MOBILE=3 OPERATOR_TYPE_MOBILE value
         */
        v1.OperatorType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "OPERATOR_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "OPERATOR_TYPE_STAFF"] = 1;
            values[valuesById[2] = "OPERATOR_TYPE_KIOSK"] = 2;
            values[valuesById[3] = "OPERATOR_TYPE_MOBILE"] = 3;
            return values;
        })();

        /**
         * CredentialType enum.
         * @name ssc.v1.CredentialType
         * @enum {number}
         * @property {number} CREDENTIAL_TYPE_UNSPECIFIED=0 CREDENTIAL_TYPE_UNSPECIFIED value
         * @property {number} CREDENTIAL_TYPE_E_VOUCHER=1 CREDENTIAL_TYPE_E_VOUCHER value
         * @property {number} CREDENTIAL_TYPE_ID_CARD=2 CREDENTIAL_TYPE_ID_CARD value
         * @property {number} CREDENTIAL_TYPE_SSC_CARD=3 CREDENTIAL_TYPE_SSC_CARD value
         * @property {number} CREDENTIAL_TYPE_LEGACY_MAGNETIC=4 CREDENTIAL_TYPE_LEGACY_MAGNETIC value
         * @property {number} CREDENTIAL_TYPE_LEGACY_COUNTY_IC=5 CREDENTIAL_TYPE_LEGACY_COUNTY_IC value
         */
        v1.CredentialType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CREDENTIAL_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CREDENTIAL_TYPE_E_VOUCHER"] = 1;
            values[valuesById[2] = "CREDENTIAL_TYPE_ID_CARD"] = 2;
            values[valuesById[3] = "CREDENTIAL_TYPE_SSC_CARD"] = 3;
            values[valuesById[4] = "CREDENTIAL_TYPE_LEGACY_MAGNETIC"] = 4;
            values[valuesById[5] = "CREDENTIAL_TYPE_LEGACY_COUNTY_IC"] = 5;
            return values;
        })();

        /**
         * Result enum.
         * @name ssc.v1.Result
         * @enum {number}
         * @property {number} RESULT_UNSPECIFIED=0 RESULT_UNSPECIFIED value
         * @property {number} RESULT_APPROVED=1 RESULT_APPROVED value
         * @property {number} RESULT_DECLINED=2 RESULT_DECLINED value
         */
        v1.Result = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RESULT_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RESULT_APPROVED"] = 1;
            values[valuesById[2] = "RESULT_DECLINED"] = 2;
            return values;
        })();

        /**
         * Gender enum.
         * @name ssc.v1.Gender
         * @enum {number}
         * @property {number} GENDER_UNSPECIFIED=0 GENDER_UNSPECIFIED value
         * @property {number} GENDER_MALE=1 GENDER_MALE value
         * @property {number} GENDER_FEMALE=2 GENDER_FEMALE value
         */
        v1.Gender = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "GENDER_UNSPECIFIED"] = 0;
            values[valuesById[1] = "GENDER_MALE"] = 1;
            values[valuesById[2] = "GENDER_FEMALE"] = 2;
            return values;
        })();

        /**
         * InsuranceType enum.
         * @name ssc.v1.InsuranceType
         * @enum {number}
         * @property {number} INSURANCE_TYPE_UNSPECIFIED=0 INSURANCE_TYPE_UNSPECIFIED value
         * @property {number} INSURANCE_TYPE_EMPLOYEE_BASIC=310 INSURANCE_TYPE_EMPLOYEE_BASIC value
         * @property {number} INSURANCE_TYPE_CIVIL_SERVANT=320 INSURANCE_TYPE_CIVIL_SERVANT value
         * @property {number} INSURANCE_TYPE_LARGE_AMOUNT=330 INSURANCE_TYPE_LARGE_AMOUNT value
         * @property {number} INSURANCE_TYPE_RESIDENT=390 INSURANCE_TYPE_RESIDENT value
         */
        v1.InsuranceType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "INSURANCE_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[310] = "INSURANCE_TYPE_EMPLOYEE_BASIC"] = 310;
            values[valuesById[320] = "INSURANCE_TYPE_CIVIL_SERVANT"] = 320;
            values[valuesById[330] = "INSURANCE_TYPE_LARGE_AMOUNT"] = 330;
            values[valuesById[390] = "INSURANCE_TYPE_RESIDENT"] = 390;
            return values;
        })();

        /**
         * InsuranceStatus enum.
         * @name ssc.v1.InsuranceStatus
         * @enum {number}
         * @property {number} INSURANCE_STATUS_NOT_INSURED=0 INSURANCE_STATUS_NOT_INSURED value
         * @property {number} INSURANCE_STATUS_NORMAL=1 INSURANCE_STATUS_NORMAL value
         * @property {number} INSURANCE_STATUS_SUSPENDED=2 INSURANCE_STATUS_SUSPENDED value
         * @property {number} INSURANCE_STATUS_TERMINATED=4 INSURANCE_STATUS_TERMINATED value
         */
        v1.InsuranceStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "INSURANCE_STATUS_NOT_INSURED"] = 0;
            values[valuesById[1] = "INSURANCE_STATUS_NORMAL"] = 1;
            values[valuesById[2] = "INSURANCE_STATUS_SUSPENDED"] = 2;
            values[valuesById[4] = "INSURANCE_STATUS_TERMINATED"] = 4;
            return values;
        })();

        /**
         * MedicalType enum.
         * @name ssc.v1.MedicalType
         * @enum {number}
         * @property {number} MEDICAL_TYPE_UNSPECIFIED=0 MEDICAL_TYPE_UNSPECIFIED value
         * @property {number} MEDICAL_TYPE_OUTPATIENT=11 MEDICAL_TYPE_OUTPATIENT value
         * @property {number} MEDICAL_TYPE_EMERGENCY=13 MEDICAL_TYPE_EMERGENCY value
         * @property {number} MEDICAL_TYPE_CHRONIC=14 MEDICAL_TYPE_CHRONIC value
         * @property {number} MEDICAL_TYPE_INPATIENT=21 MEDICAL_TYPE_INPATIENT value
         * @property {number} MEDICAL_TYPE_PHARMACY=41 MEDICAL_TYPE_PHARMACY value
         */
        v1.MedicalType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MEDICAL_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[11] = "MEDICAL_TYPE_OUTPATIENT"] = 11;
            values[valuesById[13] = "MEDICAL_TYPE_EMERGENCY"] = 13;
            values[valuesById[14] = "MEDICAL_TYPE_CHRONIC"] = 14;
            values[valuesById[21] = "MEDICAL_TYPE_INPATIENT"] = 21;
            values[valuesById[41] = "MEDICAL_TYPE_PHARMACY"] = 41;
            return values;
        })();

        /**
         * CatalogueClass enum.
         * @name ssc.v1.CatalogueClass
         * @enum {number}
         * @property {number} CATALOGUE_CLASS_UNSPECIFIED=0 CATALOGUE_CLASS_UNSPECIFIED value
         * @property {number} CATALOGUE_CLASS_A=1 CATALOGUE_CLASS_A value
         * @property {number} CATALOGUE_CLASS_B=2 CATALOGUE_CLASS_B value
         * @property {number} CATALOGUE_CLASS_SELF_PAY=3 CATALOGUE_CLASS_SELF_PAY value
         */
        v1.CatalogueClass = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CATALOGUE_CLASS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CATALOGUE_CLASS_A"] = 1;
            values[valuesById[2] = "CATALOGUE_CLASS_B"] = 2;
            values[valuesById[3] = "CATALOGUE_CLASS_SELF_PAY"] = 3;
            return values;
        })();

        /**
         * ClearingType enum.
         * @name ssc.v1.ClearingType
         * @enum {number}
         * @property {number} CLEARING_TYPE_UNSPECIFIED=0 CLEARING_TYPE_UNSPECIFIED value
         * @property {number} CLEARING_TYPE_OUTPATIENT=11 CLEARING_TYPE_OUTPATIENT value
         * @property {number} CLEARING_TYPE_INPATIENT=21 CLEARING_TYPE_INPATIENT value
         * @property {number} CLEARING_TYPE_PHARMACY=41 CLEARING_TYPE_PHARMACY value
         */
        v1.ClearingType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CLEARING_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[11] = "CLEARING_TYPE_OUTPATIENT"] = 11;
            values[valuesById[21] = "CLEARING_TYPE_INPATIENT"] = 21;
            values[valuesById[41] = "CLEARING_TYPE_PHARMACY"] = 41;
            return values;
        })();

        /**
         * Operation enum.
         * @name ssc.v1.Operation
         * @enum {number}
         * @property {number} OPERATION_UNSPECIFIED=0 OPERATION_UNSPECIFIED value
         * @property {number} OPERATION_SETTLE=1 OPERATION_SETTLE value
         * @property {number} OPERATION_CANCEL_SETTLEMENT=2 OPERATION_CANCEL_SETTLEMENT value
         * @property {number} OPERATION_OPEN_VISIT=4 OPERATION_OPEN_VISIT value
         */
        v1.Operation = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "OPERATION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "OPERATION_SETTLE"] = 1;
            values[valuesById[2] = "OPERATION_CANCEL_SETTLEMENT"] = 2;
            values[valuesById[4] = "OPERATION_OPEN_VISIT"] = 4;
            return values;
        })();

        v1.RequestHeader = (function() {

            /**
             * Properties of a RequestHeader.
             * @typedef {Object} ssc.v1.RequestHeader.$Properties
             * @property {string|null} [msgId] RequestHeader msgId
             * @property {string|null} [terminalId] RequestHeader terminalId
             * @property {string|null} [institutionCode] RequestHeader institutionCode
             * @property {string|null} [operatorId] RequestHeader operatorId
             * @property {ssc.v1.OperatorType|null} [operatorType] RequestHeader operatorType
             * @property {string|null} [signNo] RequestHeader signNo
             * @property {number|Long|null} [requestTimeMs] RequestHeader requestTimeMs
             * @property {string|null} [careRegion] RequestHeader careRegion
             * @property {string|null} [insuredRegion] RequestHeader insuredRegion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestHeader.
             * @memberof ssc.v1
             * @interface IRequestHeader
             * @augments ssc.v1.RequestHeader.$Properties
             * @deprecated Use ssc.v1.RequestHeader.$Properties instead.
             */

            /**
             * Shape of a RequestHeader.
             * @typedef {ssc.v1.RequestHeader.$Properties} ssc.v1.RequestHeader.$Shape
             */

            /**
             * Constructs a new RequestHeader.
             * @memberof ssc.v1
             * @classdesc Represents a RequestHeader.
             * @constructor
             * @param {ssc.v1.RequestHeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestHeader = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequestHeader msgId.
             * @member {string} msgId
             * @memberof ssc.v1.RequestHeader
             * @instance
             */
            RequestHeader.prototype.msgId = "";

            /**
             * RequestHeader terminalId.
             * @member {string} terminalId
             * @memberof ssc.v1.RequestHeader
             * @instance
             */
            RequestHeader.prototype.terminalId = "";

            /**
             * RequestHeader institutionCode.
             * @member {string} institutionCode
             * @memberof ssc.v1.RequestHeader
             * @instance
             */
            RequestHeader.prototype.institutionCode = "";

            /**
             * RequestHeader operatorId.
             * @member {string} operatorId
             * @memberof ssc.v1.RequestHeader
             * @instance
             */
            RequestHeader.prototype.operatorId = "";

            /**
             * RequestHeader operatorType.
             * @member {ssc.v1.OperatorType} operatorType
             * @memberof ssc.v1.RequestHeader
             * @instance
             */
            RequestHeader.prototype.operatorType = 0;

            /**
             * RequestHeader signNo.
             * @member {string} signNo
             * @memberof ssc.v1.RequestHeader
             * @instance
             */
            RequestHeader.prototype.signNo = "";

            /**
             * RequestHeader requestTimeMs.
             * @member {number|Long} requestTimeMs
             * @memberof ssc.v1.RequestHeader
             * @instance
             */
            RequestHeader.prototype.requestTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RequestHeader careRegion.
             * @member {string} careRegion
             * @memberof ssc.v1.RequestHeader
             * @instance
             */
            RequestHeader.prototype.careRegion = "";

            /**
             * RequestHeader insuredRegion.
             * @member {string} insuredRegion
             * @memberof ssc.v1.RequestHeader
             * @instance
             */
            RequestHeader.prototype.insuredRegion = "";

            /**
             * Encodes the specified RequestHeader message. Does not implicitly {@link ssc.v1.RequestHeader.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.RequestHeader
             * @static
             * @param {ssc.v1.RequestHeader.$Properties} message RequestHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestHeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.msgId != null && $Object.hasOwnProperty.call(message, "msgId") && message.msgId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.msgId);
                if (message.terminalId != null && $Object.hasOwnProperty.call(message, "terminalId") && message.terminalId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.terminalId);
                if (message.institutionCode != null && $Object.hasOwnProperty.call(message, "institutionCode") && message.institutionCode !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.institutionCode);
                if (message.operatorId != null && $Object.hasOwnProperty.call(message, "operatorId") && message.operatorId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.operatorId);
                if (message.operatorType != null && $Object.hasOwnProperty.call(message, "operatorType") && message.operatorType !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.operatorType);
                if (message.signNo != null && $Object.hasOwnProperty.call(message, "signNo") && message.signNo !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.signNo);
                if (message.requestTimeMs != null && $Object.hasOwnProperty.call(message, "requestTimeMs") && (typeof message.requestTimeMs === "object" ? message.requestTimeMs.low || message.requestTimeMs.high : message.requestTimeMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.requestTimeMs);
                if (message.careRegion != null && $Object.hasOwnProperty.call(message, "careRegion") && message.careRegion !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.careRegion);
                if (message.insuredRegion != null && $Object.hasOwnProperty.call(message, "insuredRegion") && message.insuredRegion !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.insuredRegion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestHeader message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.RequestHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.RequestHeader & ssc.v1.RequestHeader.$Shape} RequestHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestHeader.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.RequestHeader();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.msgId = value;
                            else
                                delete message.msgId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.terminalId = value;
                            else
                                delete message.terminalId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.institutionCode = value;
                            else
                                delete message.institutionCode;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.operatorId = value;
                            else
                                delete message.operatorId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.operatorType = value;
                            else
                                delete message.operatorType;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.signNo = value;
                            else
                                delete message.signNo;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.requestTimeMs = value;
                            else
                                delete message.requestTimeMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.careRegion = value;
                            else
                                delete message.careRegion;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.insuredRegion = value;
                            else
                                delete message.insuredRegion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RequestHeader message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.RequestHeader
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.RequestHeader} RequestHeader
             */
            RequestHeader.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.RequestHeader)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.RequestHeader: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.RequestHeader();
                if (object.msgId != null)
                    if (typeof object.msgId !== "string" || object.msgId.length)
                        message.msgId = $String(object.msgId);
                if (object.terminalId != null)
                    if (typeof object.terminalId !== "string" || object.terminalId.length)
                        message.terminalId = $String(object.terminalId);
                if (object.institutionCode != null)
                    if (typeof object.institutionCode !== "string" || object.institutionCode.length)
                        message.institutionCode = $String(object.institutionCode);
                if (object.operatorId != null)
                    if (typeof object.operatorId !== "string" || object.operatorId.length)
                        message.operatorId = $String(object.operatorId);
                if (object.operatorType !== 0 && (typeof object.operatorType !== "string" || $root.ssc.v1.OperatorType[object.operatorType] !== 0))
                    switch (object.operatorType) {
                    case "OPERATOR_TYPE_UNSPECIFIED":
                    case 0:
                        message.operatorType = 0;
                        break;
                    case "OPERATOR_TYPE_STAFF":
                    case 1:
                        message.operatorType = 1;
                        break;
                    case "OPERATOR_TYPE_KIOSK":
                    case 2:
                        message.operatorType = 2;
                        break;
                    case "OPERATOR_TYPE_MOBILE":
                    case 3:
                        message.operatorType = 3;
                        break;
                    default:
                        if (typeof object.operatorType === "number" && (object.operatorType | 0) === object.operatorType)
                            message.operatorType = object.operatorType;
                    }
                if (object.signNo != null)
                    if (typeof object.signNo !== "string" || object.signNo.length)
                        message.signNo = $String(object.signNo);
                if (object.requestTimeMs != null)
                    if (typeof object.requestTimeMs === "object" ? object.requestTimeMs.low || object.requestTimeMs.high : $Number(object.requestTimeMs) !== 0)
                        if ($util.Long)
                            message.requestTimeMs = $util.Long.fromValue(object.requestTimeMs, false);
                        else if (typeof object.requestTimeMs === "string")
                            message.requestTimeMs = $parseInt(object.requestTimeMs, 10);
                        else if (typeof object.requestTimeMs === "number")
                            message.requestTimeMs = object.requestTimeMs;
                        else if (typeof object.requestTimeMs === "object")
                            message.requestTimeMs = new $util.LongBits(object.requestTimeMs.low >>> 0, object.requestTimeMs.high >>> 0).toNumber();
                if (object.careRegion != null)
                    if (typeof object.careRegion !== "string" || object.careRegion.length)
                        message.careRegion = $String(object.careRegion);
                if (object.insuredRegion != null)
                    if (typeof object.insuredRegion !== "string" || object.insuredRegion.length)
                        message.insuredRegion = $String(object.insuredRegion);
                return message;
            };

            /**
             * Creates a plain object from a RequestHeader message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.RequestHeader
             * @static
             * @param {ssc.v1.RequestHeader} message RequestHeader
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestHeader.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.msgId = "";
                    object.terminalId = "";
                    object.institutionCode = "";
                    object.operatorId = "";
                    object.operatorType = options.enums === $String ? "OPERATOR_TYPE_UNSPECIFIED" : 0;
                    object.signNo = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.requestTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.requestTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.careRegion = "";
                    object.insuredRegion = "";
                }
                if (message.msgId != null && $Object.hasOwnProperty.call(message, "msgId"))
                    object.msgId = message.msgId;
                if (message.terminalId != null && $Object.hasOwnProperty.call(message, "terminalId"))
                    object.terminalId = message.terminalId;
                if (message.institutionCode != null && $Object.hasOwnProperty.call(message, "institutionCode"))
                    object.institutionCode = message.institutionCode;
                if (message.operatorId != null && $Object.hasOwnProperty.call(message, "operatorId"))
                    object.operatorId = message.operatorId;
                if (message.operatorType != null && $Object.hasOwnProperty.call(message, "operatorType"))
                    object.operatorType = options.enums === $String ? $root.ssc.v1.OperatorType[message.operatorType] === $undefined ? message.operatorType : $root.ssc.v1.OperatorType[message.operatorType] : message.operatorType;
                if (message.signNo != null && $Object.hasOwnProperty.call(message, "signNo"))
                    object.signNo = message.signNo;
                if (message.requestTimeMs != null && $Object.hasOwnProperty.call(message, "requestTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.requestTimeMs = typeof message.requestTimeMs === "number" ? $BigInt(message.requestTimeMs) : $util.Long.fromBits(message.requestTimeMs.low >>> 0, message.requestTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.requestTimeMs === "number")
                        object.requestTimeMs = options.longs === $String ? $String(message.requestTimeMs) : message.requestTimeMs;
                    else
                        object.requestTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.requestTimeMs) : options.longs === $Number ? new $util.LongBits(message.requestTimeMs.low >>> 0, message.requestTimeMs.high >>> 0).toNumber() : message.requestTimeMs;
                if (message.careRegion != null && $Object.hasOwnProperty.call(message, "careRegion"))
                    object.careRegion = message.careRegion;
                if (message.insuredRegion != null && $Object.hasOwnProperty.call(message, "insuredRegion"))
                    object.insuredRegion = message.insuredRegion;
                return object;
            };

            /**
             * Converts this RequestHeader to JSON.
             * @function toJSON
             * @memberof ssc.v1.RequestHeader
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestHeader.prototype.toJSON = function() {
                return RequestHeader.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RequestHeader;
        })();

        v1.Credential = (function() {

            /**
             * Properties of a Credential.
             * @typedef {Object} ssc.v1.Credential.$Properties
             * @property {ssc.v1.CredentialType|null} [type] Credential type
             * @property {string|null} [cardNo] Credential cardNo
             * @property {string|null} [cardSn] Credential cardSn
             * @property {string|null} [idNo] Credential idNo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Credential.
             * @memberof ssc.v1
             * @interface ICredential
             * @augments ssc.v1.Credential.$Properties
             * @deprecated Use ssc.v1.Credential.$Properties instead.
             */

            /**
             * Shape of a Credential.
             * @typedef {ssc.v1.Credential.$Properties} ssc.v1.Credential.$Shape
             */

            /**
             * Constructs a new Credential.
             * @memberof ssc.v1
             * @classdesc Represents a Credential.
             * @constructor
             * @param {ssc.v1.Credential.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Credential = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Credential type.
             * @member {ssc.v1.CredentialType} type
             * @memberof ssc.v1.Credential
             * @instance
             */
            Credential.prototype.type = 0;

            /**
             * Credential cardNo.
             * @member {string} cardNo
             * @memberof ssc.v1.Credential
             * @instance
             */
            Credential.prototype.cardNo = "";

            /**
             * Credential cardSn.
             * @member {string} cardSn
             * @memberof ssc.v1.Credential
             * @instance
             */
            Credential.prototype.cardSn = "";

            /**
             * Credential idNo.
             * @member {string} idNo
             * @memberof ssc.v1.Credential
             * @instance
             */
            Credential.prototype.idNo = "";

            /**
             * Encodes the specified Credential message. Does not implicitly {@link ssc.v1.Credential.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.Credential
             * @static
             * @param {ssc.v1.Credential.$Properties} message Credential message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Credential.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                if (message.cardNo != null && $Object.hasOwnProperty.call(message, "cardNo") && message.cardNo !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.cardNo);
                if (message.cardSn != null && $Object.hasOwnProperty.call(message, "cardSn") && message.cardSn !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.cardSn);
                if (message.idNo != null && $Object.hasOwnProperty.call(message, "idNo") && message.idNo !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.idNo);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Credential message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.Credential
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.Credential & ssc.v1.Credential.$Shape} Credential
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Credential.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.Credential();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cardNo = value;
                            else
                                delete message.cardNo;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cardSn = value;
                            else
                                delete message.cardSn;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.idNo = value;
                            else
                                delete message.idNo;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Credential message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.Credential
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.Credential} Credential
             */
            Credential.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.Credential)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.Credential: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.Credential();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.ssc.v1.CredentialType[object.type] !== 0))
                    switch (object.type) {
                    case "CREDENTIAL_TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "CREDENTIAL_TYPE_E_VOUCHER":
                    case 1:
                        message.type = 1;
                        break;
                    case "CREDENTIAL_TYPE_ID_CARD":
                    case 2:
                        message.type = 2;
                        break;
                    case "CREDENTIAL_TYPE_SSC_CARD":
                    case 3:
                        message.type = 3;
                        break;
                    case "CREDENTIAL_TYPE_LEGACY_MAGNETIC":
                    case 4:
                        message.type = 4;
                        break;
                    case "CREDENTIAL_TYPE_LEGACY_COUNTY_IC":
                    case 5:
                        message.type = 5;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.cardNo != null)
                    if (typeof object.cardNo !== "string" || object.cardNo.length)
                        message.cardNo = $String(object.cardNo);
                if (object.cardSn != null)
                    if (typeof object.cardSn !== "string" || object.cardSn.length)
                        message.cardSn = $String(object.cardSn);
                if (object.idNo != null)
                    if (typeof object.idNo !== "string" || object.idNo.length)
                        message.idNo = $String(object.idNo);
                return message;
            };

            /**
             * Creates a plain object from a Credential message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.Credential
             * @static
             * @param {ssc.v1.Credential} message Credential
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Credential.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = options.enums === $String ? "CREDENTIAL_TYPE_UNSPECIFIED" : 0;
                    object.cardNo = "";
                    object.cardSn = "";
                    object.idNo = "";
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.ssc.v1.CredentialType[message.type] === $undefined ? message.type : $root.ssc.v1.CredentialType[message.type] : message.type;
                if (message.cardNo != null && $Object.hasOwnProperty.call(message, "cardNo"))
                    object.cardNo = message.cardNo;
                if (message.cardSn != null && $Object.hasOwnProperty.call(message, "cardSn"))
                    object.cardSn = message.cardSn;
                if (message.idNo != null && $Object.hasOwnProperty.call(message, "idNo"))
                    object.idNo = message.idNo;
                return object;
            };

            /**
             * Converts this Credential to JSON.
             * @function toJSON
             * @memberof ssc.v1.Credential
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Credential.prototype.toJSON = function() {
                return Credential.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Credential;
        })();

        v1.Outcome = (function() {

            /**
             * Properties of an Outcome.
             * @typedef {Object} ssc.v1.Outcome.$Properties
             * @property {string|null} [refMsgId] Outcome refMsgId
             * @property {ssc.v1.Result|null} [result] Outcome result
             * @property {string|null} [reason] Outcome reason
             * @property {string|null} [messageZh] Outcome messageZh
             * @property {string|null} [messageEn] Outcome messageEn
             * @property {string|null} [field] Outcome field
             * @property {boolean|null} [duplicate] Outcome duplicate
             * @property {number|Long|null} [serverTimeMs] Outcome serverTimeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Outcome.
             * @memberof ssc.v1
             * @interface IOutcome
             * @augments ssc.v1.Outcome.$Properties
             * @deprecated Use ssc.v1.Outcome.$Properties instead.
             */

            /**
             * Shape of an Outcome.
             * @typedef {ssc.v1.Outcome.$Properties} ssc.v1.Outcome.$Shape
             */

            /**
             * Constructs a new Outcome.
             * @memberof ssc.v1
             * @classdesc Represents an Outcome.
             * @constructor
             * @param {ssc.v1.Outcome.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Outcome = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Outcome refMsgId.
             * @member {string} refMsgId
             * @memberof ssc.v1.Outcome
             * @instance
             */
            Outcome.prototype.refMsgId = "";

            /**
             * Outcome result.
             * @member {ssc.v1.Result} result
             * @memberof ssc.v1.Outcome
             * @instance
             */
            Outcome.prototype.result = 0;

            /**
             * Outcome reason.
             * @member {string} reason
             * @memberof ssc.v1.Outcome
             * @instance
             */
            Outcome.prototype.reason = "";

            /**
             * Outcome messageZh.
             * @member {string} messageZh
             * @memberof ssc.v1.Outcome
             * @instance
             */
            Outcome.prototype.messageZh = "";

            /**
             * Outcome messageEn.
             * @member {string} messageEn
             * @memberof ssc.v1.Outcome
             * @instance
             */
            Outcome.prototype.messageEn = "";

            /**
             * Outcome field.
             * @member {string} field
             * @memberof ssc.v1.Outcome
             * @instance
             */
            Outcome.prototype.field = "";

            /**
             * Outcome duplicate.
             * @member {boolean} duplicate
             * @memberof ssc.v1.Outcome
             * @instance
             */
            Outcome.prototype.duplicate = false;

            /**
             * Outcome serverTimeMs.
             * @member {number|Long} serverTimeMs
             * @memberof ssc.v1.Outcome
             * @instance
             */
            Outcome.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified Outcome message. Does not implicitly {@link ssc.v1.Outcome.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.Outcome
             * @static
             * @param {ssc.v1.Outcome.$Properties} message Outcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Outcome.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.refMsgId != null && $Object.hasOwnProperty.call(message, "refMsgId") && message.refMsgId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.refMsgId);
                if (message.result != null && $Object.hasOwnProperty.call(message, "result") && message.result !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.result);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.messageZh != null && $Object.hasOwnProperty.call(message, "messageZh") && message.messageZh !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.messageZh);
                if (message.messageEn != null && $Object.hasOwnProperty.call(message, "messageEn") && message.messageEn !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.messageEn);
                if (message.field != null && $Object.hasOwnProperty.call(message, "field") && message.field !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.field);
                if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate") && message.duplicate !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.duplicate);
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs") && (typeof message.serverTimeMs === "object" ? message.serverTimeMs.low || message.serverTimeMs.high : message.serverTimeMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.serverTimeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Outcome message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.Outcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.Outcome & ssc.v1.Outcome.$Shape} Outcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Outcome.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.Outcome();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.refMsgId = value;
                            else
                                delete message.refMsgId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.result = value;
                            else
                                delete message.result;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageZh = value;
                            else
                                delete message.messageZh;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageEn = value;
                            else
                                delete message.messageEn;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.field = value;
                            else
                                delete message.field;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.duplicate = value;
                            else
                                delete message.duplicate;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.serverTimeMs = value;
                            else
                                delete message.serverTimeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Outcome message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.Outcome
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.Outcome} Outcome
             */
            Outcome.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.Outcome)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.Outcome: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.Outcome();
                if (object.refMsgId != null)
                    if (typeof object.refMsgId !== "string" || object.refMsgId.length)
                        message.refMsgId = $String(object.refMsgId);
                if (object.result !== 0 && (typeof object.result !== "string" || $root.ssc.v1.Result[object.result] !== 0))
                    switch (object.result) {
                    case "RESULT_UNSPECIFIED":
                    case 0:
                        message.result = 0;
                        break;
                    case "RESULT_APPROVED":
                    case 1:
                        message.result = 1;
                        break;
                    case "RESULT_DECLINED":
                    case 2:
                        message.result = 2;
                        break;
                    default:
                        if (typeof object.result === "number" && (object.result | 0) === object.result)
                            message.result = object.result;
                    }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.messageZh != null)
                    if (typeof object.messageZh !== "string" || object.messageZh.length)
                        message.messageZh = $String(object.messageZh);
                if (object.messageEn != null)
                    if (typeof object.messageEn !== "string" || object.messageEn.length)
                        message.messageEn = $String(object.messageEn);
                if (object.field != null)
                    if (typeof object.field !== "string" || object.field.length)
                        message.field = $String(object.field);
                if (object.duplicate != null)
                    if (object.duplicate)
                        message.duplicate = $Boolean(object.duplicate);
                if (object.serverTimeMs != null)
                    if (typeof object.serverTimeMs === "object" ? object.serverTimeMs.low || object.serverTimeMs.high : $Number(object.serverTimeMs) !== 0)
                        if ($util.Long)
                            message.serverTimeMs = $util.Long.fromValue(object.serverTimeMs, false);
                        else if (typeof object.serverTimeMs === "string")
                            message.serverTimeMs = $parseInt(object.serverTimeMs, 10);
                        else if (typeof object.serverTimeMs === "number")
                            message.serverTimeMs = object.serverTimeMs;
                        else if (typeof object.serverTimeMs === "object")
                            message.serverTimeMs = new $util.LongBits(object.serverTimeMs.low >>> 0, object.serverTimeMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from an Outcome message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.Outcome
             * @static
             * @param {ssc.v1.Outcome} message Outcome
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Outcome.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.refMsgId = "";
                    object.result = options.enums === $String ? "RESULT_UNSPECIFIED" : 0;
                    object.reason = "";
                    object.messageZh = "";
                    object.messageEn = "";
                    object.field = "";
                    object.duplicate = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.serverTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.serverTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.refMsgId != null && $Object.hasOwnProperty.call(message, "refMsgId"))
                    object.refMsgId = message.refMsgId;
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    object.result = options.enums === $String ? $root.ssc.v1.Result[message.result] === $undefined ? message.result : $root.ssc.v1.Result[message.result] : message.result;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.messageZh != null && $Object.hasOwnProperty.call(message, "messageZh"))
                    object.messageZh = message.messageZh;
                if (message.messageEn != null && $Object.hasOwnProperty.call(message, "messageEn"))
                    object.messageEn = message.messageEn;
                if (message.field != null && $Object.hasOwnProperty.call(message, "field"))
                    object.field = message.field;
                if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate"))
                    object.duplicate = message.duplicate;
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.serverTimeMs = typeof message.serverTimeMs === "number" ? $BigInt(message.serverTimeMs) : $util.Long.fromBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.serverTimeMs === "number")
                        object.serverTimeMs = options.longs === $String ? $String(message.serverTimeMs) : message.serverTimeMs;
                    else
                        object.serverTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.serverTimeMs) : options.longs === $Number ? new $util.LongBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0).toNumber() : message.serverTimeMs;
                return object;
            };

            /**
             * Converts this Outcome to JSON.
             * @function toJSON
             * @memberof ssc.v1.Outcome
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Outcome.prototype.toJSON = function() {
                return Outcome.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Outcome;
        })();

        v1.PersonSummary = (function() {

            /**
             * Properties of a PersonSummary.
             * @typedef {Object} ssc.v1.PersonSummary.$Properties
             * @property {string|null} [nameMasked] PersonSummary nameMasked
             * @property {ssc.v1.Gender|null} [gender] PersonSummary gender
             * @property {string|null} [idNoMasked] PersonSummary idNoMasked
             * @property {string|null} [insuredRegion] PersonSummary insuredRegion
             * @property {ssc.v1.InsuranceType|null} [insuranceType] PersonSummary insuranceType
             * @property {ssc.v1.InsuranceStatus|null} [insuranceStatus] PersonSummary insuranceStatus
             * @property {number|Long|null} [accountBalanceFen] PersonSummary accountBalanceFen
             * @property {number|Long|null} [insuredFromMs] PersonSummary insuredFromMs
             * @property {number|Long|null} [insuredToMs] PersonSummary insuredToMs
             * @property {string|null} [personNo] PersonSummary personNo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PersonSummary.
             * @memberof ssc.v1
             * @interface IPersonSummary
             * @augments ssc.v1.PersonSummary.$Properties
             * @deprecated Use ssc.v1.PersonSummary.$Properties instead.
             */

            /**
             * Shape of a PersonSummary.
             * @typedef {ssc.v1.PersonSummary.$Properties} ssc.v1.PersonSummary.$Shape
             */

            /**
             * Constructs a new PersonSummary.
             * @memberof ssc.v1
             * @classdesc Represents a PersonSummary.
             * @constructor
             * @param {ssc.v1.PersonSummary.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PersonSummary = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PersonSummary nameMasked.
             * @member {string} nameMasked
             * @memberof ssc.v1.PersonSummary
             * @instance
             */
            PersonSummary.prototype.nameMasked = "";

            /**
             * PersonSummary gender.
             * @member {ssc.v1.Gender} gender
             * @memberof ssc.v1.PersonSummary
             * @instance
             */
            PersonSummary.prototype.gender = 0;

            /**
             * PersonSummary idNoMasked.
             * @member {string} idNoMasked
             * @memberof ssc.v1.PersonSummary
             * @instance
             */
            PersonSummary.prototype.idNoMasked = "";

            /**
             * PersonSummary insuredRegion.
             * @member {string} insuredRegion
             * @memberof ssc.v1.PersonSummary
             * @instance
             */
            PersonSummary.prototype.insuredRegion = "";

            /**
             * PersonSummary insuranceType.
             * @member {ssc.v1.InsuranceType} insuranceType
             * @memberof ssc.v1.PersonSummary
             * @instance
             */
            PersonSummary.prototype.insuranceType = 0;

            /**
             * PersonSummary insuranceStatus.
             * @member {ssc.v1.InsuranceStatus} insuranceStatus
             * @memberof ssc.v1.PersonSummary
             * @instance
             */
            PersonSummary.prototype.insuranceStatus = 0;

            /**
             * PersonSummary accountBalanceFen.
             * @member {number|Long} accountBalanceFen
             * @memberof ssc.v1.PersonSummary
             * @instance
             */
            PersonSummary.prototype.accountBalanceFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PersonSummary insuredFromMs.
             * @member {number|Long} insuredFromMs
             * @memberof ssc.v1.PersonSummary
             * @instance
             */
            PersonSummary.prototype.insuredFromMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PersonSummary insuredToMs.
             * @member {number|Long} insuredToMs
             * @memberof ssc.v1.PersonSummary
             * @instance
             */
            PersonSummary.prototype.insuredToMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PersonSummary personNo.
             * @member {string} personNo
             * @memberof ssc.v1.PersonSummary
             * @instance
             */
            PersonSummary.prototype.personNo = "";

            /**
             * Encodes the specified PersonSummary message. Does not implicitly {@link ssc.v1.PersonSummary.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.PersonSummary
             * @static
             * @param {ssc.v1.PersonSummary.$Properties} message PersonSummary message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PersonSummary.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nameMasked != null && $Object.hasOwnProperty.call(message, "nameMasked") && message.nameMasked !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.nameMasked);
                if (message.gender != null && $Object.hasOwnProperty.call(message, "gender") && message.gender !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.gender);
                if (message.idNoMasked != null && $Object.hasOwnProperty.call(message, "idNoMasked") && message.idNoMasked !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.idNoMasked);
                if (message.insuredRegion != null && $Object.hasOwnProperty.call(message, "insuredRegion") && message.insuredRegion !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.insuredRegion);
                if (message.insuranceType != null && $Object.hasOwnProperty.call(message, "insuranceType") && message.insuranceType !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.insuranceType);
                if (message.insuranceStatus != null && $Object.hasOwnProperty.call(message, "insuranceStatus") && message.insuranceStatus !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.insuranceStatus);
                if (message.accountBalanceFen != null && $Object.hasOwnProperty.call(message, "accountBalanceFen") && (typeof message.accountBalanceFen === "object" ? message.accountBalanceFen.low || message.accountBalanceFen.high : message.accountBalanceFen !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.accountBalanceFen);
                if (message.insuredFromMs != null && $Object.hasOwnProperty.call(message, "insuredFromMs") && (typeof message.insuredFromMs === "object" ? message.insuredFromMs.low || message.insuredFromMs.high : message.insuredFromMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.insuredFromMs);
                if (message.insuredToMs != null && $Object.hasOwnProperty.call(message, "insuredToMs") && (typeof message.insuredToMs === "object" ? message.insuredToMs.low || message.insuredToMs.high : message.insuredToMs !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.insuredToMs);
                if (message.personNo != null && $Object.hasOwnProperty.call(message, "personNo") && message.personNo !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.personNo);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PersonSummary message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.PersonSummary
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.PersonSummary & ssc.v1.PersonSummary.$Shape} PersonSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PersonSummary.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.PersonSummary();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nameMasked = value;
                            else
                                delete message.nameMasked;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.gender = value;
                            else
                                delete message.gender;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.idNoMasked = value;
                            else
                                delete message.idNoMasked;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.insuredRegion = value;
                            else
                                delete message.insuredRegion;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.insuranceType = value;
                            else
                                delete message.insuranceType;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.insuranceStatus = value;
                            else
                                delete message.insuranceStatus;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.accountBalanceFen = value;
                            else
                                delete message.accountBalanceFen;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.insuredFromMs = value;
                            else
                                delete message.insuredFromMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.insuredToMs = value;
                            else
                                delete message.insuredToMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.personNo = value;
                            else
                                delete message.personNo;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PersonSummary message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.PersonSummary
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.PersonSummary} PersonSummary
             */
            PersonSummary.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.PersonSummary)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.PersonSummary: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.PersonSummary();
                if (object.nameMasked != null)
                    if (typeof object.nameMasked !== "string" || object.nameMasked.length)
                        message.nameMasked = $String(object.nameMasked);
                if (object.gender !== 0 && (typeof object.gender !== "string" || $root.ssc.v1.Gender[object.gender] !== 0))
                    switch (object.gender) {
                    case "GENDER_UNSPECIFIED":
                    case 0:
                        message.gender = 0;
                        break;
                    case "GENDER_MALE":
                    case 1:
                        message.gender = 1;
                        break;
                    case "GENDER_FEMALE":
                    case 2:
                        message.gender = 2;
                        break;
                    default:
                        if (typeof object.gender === "number" && (object.gender | 0) === object.gender)
                            message.gender = object.gender;
                    }
                if (object.idNoMasked != null)
                    if (typeof object.idNoMasked !== "string" || object.idNoMasked.length)
                        message.idNoMasked = $String(object.idNoMasked);
                if (object.insuredRegion != null)
                    if (typeof object.insuredRegion !== "string" || object.insuredRegion.length)
                        message.insuredRegion = $String(object.insuredRegion);
                if (object.insuranceType !== 0 && (typeof object.insuranceType !== "string" || $root.ssc.v1.InsuranceType[object.insuranceType] !== 0))
                    switch (object.insuranceType) {
                    case "INSURANCE_TYPE_UNSPECIFIED":
                    case 0:
                        message.insuranceType = 0;
                        break;
                    case "INSURANCE_TYPE_EMPLOYEE_BASIC":
                    case 310:
                        message.insuranceType = 310;
                        break;
                    case "INSURANCE_TYPE_CIVIL_SERVANT":
                    case 320:
                        message.insuranceType = 320;
                        break;
                    case "INSURANCE_TYPE_LARGE_AMOUNT":
                    case 330:
                        message.insuranceType = 330;
                        break;
                    case "INSURANCE_TYPE_RESIDENT":
                    case 390:
                        message.insuranceType = 390;
                        break;
                    default:
                        if (typeof object.insuranceType === "number" && (object.insuranceType | 0) === object.insuranceType)
                            message.insuranceType = object.insuranceType;
                    }
                if (object.insuranceStatus !== 0 && (typeof object.insuranceStatus !== "string" || $root.ssc.v1.InsuranceStatus[object.insuranceStatus] !== 0))
                    switch (object.insuranceStatus) {
                    case "INSURANCE_STATUS_NOT_INSURED":
                    case 0:
                        message.insuranceStatus = 0;
                        break;
                    case "INSURANCE_STATUS_NORMAL":
                    case 1:
                        message.insuranceStatus = 1;
                        break;
                    case "INSURANCE_STATUS_SUSPENDED":
                    case 2:
                        message.insuranceStatus = 2;
                        break;
                    case "INSURANCE_STATUS_TERMINATED":
                    case 4:
                        message.insuranceStatus = 4;
                        break;
                    default:
                        if (typeof object.insuranceStatus === "number" && (object.insuranceStatus | 0) === object.insuranceStatus)
                            message.insuranceStatus = object.insuranceStatus;
                    }
                if (object.accountBalanceFen != null)
                    if (typeof object.accountBalanceFen === "object" ? object.accountBalanceFen.low || object.accountBalanceFen.high : $Number(object.accountBalanceFen) !== 0)
                        if ($util.Long)
                            message.accountBalanceFen = $util.Long.fromValue(object.accountBalanceFen, false);
                        else if (typeof object.accountBalanceFen === "string")
                            message.accountBalanceFen = $parseInt(object.accountBalanceFen, 10);
                        else if (typeof object.accountBalanceFen === "number")
                            message.accountBalanceFen = object.accountBalanceFen;
                        else if (typeof object.accountBalanceFen === "object")
                            message.accountBalanceFen = new $util.LongBits(object.accountBalanceFen.low >>> 0, object.accountBalanceFen.high >>> 0).toNumber();
                if (object.insuredFromMs != null)
                    if (typeof object.insuredFromMs === "object" ? object.insuredFromMs.low || object.insuredFromMs.high : $Number(object.insuredFromMs) !== 0)
                        if ($util.Long)
                            message.insuredFromMs = $util.Long.fromValue(object.insuredFromMs, false);
                        else if (typeof object.insuredFromMs === "string")
                            message.insuredFromMs = $parseInt(object.insuredFromMs, 10);
                        else if (typeof object.insuredFromMs === "number")
                            message.insuredFromMs = object.insuredFromMs;
                        else if (typeof object.insuredFromMs === "object")
                            message.insuredFromMs = new $util.LongBits(object.insuredFromMs.low >>> 0, object.insuredFromMs.high >>> 0).toNumber();
                if (object.insuredToMs != null)
                    if (typeof object.insuredToMs === "object" ? object.insuredToMs.low || object.insuredToMs.high : $Number(object.insuredToMs) !== 0)
                        if ($util.Long)
                            message.insuredToMs = $util.Long.fromValue(object.insuredToMs, false);
                        else if (typeof object.insuredToMs === "string")
                            message.insuredToMs = $parseInt(object.insuredToMs, 10);
                        else if (typeof object.insuredToMs === "number")
                            message.insuredToMs = object.insuredToMs;
                        else if (typeof object.insuredToMs === "object")
                            message.insuredToMs = new $util.LongBits(object.insuredToMs.low >>> 0, object.insuredToMs.high >>> 0).toNumber();
                if (object.personNo != null)
                    if (typeof object.personNo !== "string" || object.personNo.length)
                        message.personNo = $String(object.personNo);
                return message;
            };

            /**
             * Creates a plain object from a PersonSummary message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.PersonSummary
             * @static
             * @param {ssc.v1.PersonSummary} message PersonSummary
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PersonSummary.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.nameMasked = "";
                    object.gender = options.enums === $String ? "GENDER_UNSPECIFIED" : 0;
                    object.idNoMasked = "";
                    object.insuredRegion = "";
                    object.insuranceType = options.enums === $String ? "INSURANCE_TYPE_UNSPECIFIED" : 0;
                    object.insuranceStatus = options.enums === $String ? "INSURANCE_STATUS_NOT_INSURED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.accountBalanceFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.accountBalanceFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.insuredFromMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.insuredFromMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.insuredToMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.insuredToMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.personNo = "";
                }
                if (message.nameMasked != null && $Object.hasOwnProperty.call(message, "nameMasked"))
                    object.nameMasked = message.nameMasked;
                if (message.gender != null && $Object.hasOwnProperty.call(message, "gender"))
                    object.gender = options.enums === $String ? $root.ssc.v1.Gender[message.gender] === $undefined ? message.gender : $root.ssc.v1.Gender[message.gender] : message.gender;
                if (message.idNoMasked != null && $Object.hasOwnProperty.call(message, "idNoMasked"))
                    object.idNoMasked = message.idNoMasked;
                if (message.insuredRegion != null && $Object.hasOwnProperty.call(message, "insuredRegion"))
                    object.insuredRegion = message.insuredRegion;
                if (message.insuranceType != null && $Object.hasOwnProperty.call(message, "insuranceType"))
                    object.insuranceType = options.enums === $String ? $root.ssc.v1.InsuranceType[message.insuranceType] === $undefined ? message.insuranceType : $root.ssc.v1.InsuranceType[message.insuranceType] : message.insuranceType;
                if (message.insuranceStatus != null && $Object.hasOwnProperty.call(message, "insuranceStatus"))
                    object.insuranceStatus = options.enums === $String ? $root.ssc.v1.InsuranceStatus[message.insuranceStatus] === $undefined ? message.insuranceStatus : $root.ssc.v1.InsuranceStatus[message.insuranceStatus] : message.insuranceStatus;
                if (message.accountBalanceFen != null && $Object.hasOwnProperty.call(message, "accountBalanceFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.accountBalanceFen = typeof message.accountBalanceFen === "number" ? $BigInt(message.accountBalanceFen) : $util.Long.fromBits(message.accountBalanceFen.low >>> 0, message.accountBalanceFen.high >>> 0, false).toBigInt();
                    else if (typeof message.accountBalanceFen === "number")
                        object.accountBalanceFen = options.longs === $String ? $String(message.accountBalanceFen) : message.accountBalanceFen;
                    else
                        object.accountBalanceFen = options.longs === $String ? $util.Long.prototype.toString.call(message.accountBalanceFen) : options.longs === $Number ? new $util.LongBits(message.accountBalanceFen.low >>> 0, message.accountBalanceFen.high >>> 0).toNumber() : message.accountBalanceFen;
                if (message.insuredFromMs != null && $Object.hasOwnProperty.call(message, "insuredFromMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.insuredFromMs = typeof message.insuredFromMs === "number" ? $BigInt(message.insuredFromMs) : $util.Long.fromBits(message.insuredFromMs.low >>> 0, message.insuredFromMs.high >>> 0, false).toBigInt();
                    else if (typeof message.insuredFromMs === "number")
                        object.insuredFromMs = options.longs === $String ? $String(message.insuredFromMs) : message.insuredFromMs;
                    else
                        object.insuredFromMs = options.longs === $String ? $util.Long.prototype.toString.call(message.insuredFromMs) : options.longs === $Number ? new $util.LongBits(message.insuredFromMs.low >>> 0, message.insuredFromMs.high >>> 0).toNumber() : message.insuredFromMs;
                if (message.insuredToMs != null && $Object.hasOwnProperty.call(message, "insuredToMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.insuredToMs = typeof message.insuredToMs === "number" ? $BigInt(message.insuredToMs) : $util.Long.fromBits(message.insuredToMs.low >>> 0, message.insuredToMs.high >>> 0, false).toBigInt();
                    else if (typeof message.insuredToMs === "number")
                        object.insuredToMs = options.longs === $String ? $String(message.insuredToMs) : message.insuredToMs;
                    else
                        object.insuredToMs = options.longs === $String ? $util.Long.prototype.toString.call(message.insuredToMs) : options.longs === $Number ? new $util.LongBits(message.insuredToMs.low >>> 0, message.insuredToMs.high >>> 0).toNumber() : message.insuredToMs;
                if (message.personNo != null && $Object.hasOwnProperty.call(message, "personNo"))
                    object.personNo = message.personNo;
                return object;
            };

            /**
             * Converts this PersonSummary to JSON.
             * @function toJSON
             * @memberof ssc.v1.PersonSummary
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PersonSummary.prototype.toJSON = function() {
                return PersonSummary.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PersonSummary;
        })();

        v1.Timings = (function() {

            /**
             * Properties of a Timings.
             * @typedef {Object} ssc.v1.Timings.$Properties
             * @property {number|null} [receiveUs] Timings receiveUs
             * @property {number|null} [decodeUs] Timings decodeUs
             * @property {number|null} [queueUs] Timings queueUs
             * @property {number|null} [decideUs] Timings decideUs
             * @property {number|null} [encodeUs] Timings encodeUs
             * @property {number|null} [totalUs] Timings totalUs
             * @property {number|null} [commitUs] Timings commitUs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timings.
             * @memberof ssc.v1
             * @interface ITimings
             * @augments ssc.v1.Timings.$Properties
             * @deprecated Use ssc.v1.Timings.$Properties instead.
             */

            /**
             * Shape of a Timings.
             * @typedef {ssc.v1.Timings.$Properties} ssc.v1.Timings.$Shape
             */

            /**
             * Constructs a new Timings.
             * @memberof ssc.v1
             * @classdesc Represents a Timings.
             * @constructor
             * @param {ssc.v1.Timings.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timings = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Timings receiveUs.
             * @member {number} receiveUs
             * @memberof ssc.v1.Timings
             * @instance
             */
            Timings.prototype.receiveUs = 0;

            /**
             * Timings decodeUs.
             * @member {number} decodeUs
             * @memberof ssc.v1.Timings
             * @instance
             */
            Timings.prototype.decodeUs = 0;

            /**
             * Timings queueUs.
             * @member {number} queueUs
             * @memberof ssc.v1.Timings
             * @instance
             */
            Timings.prototype.queueUs = 0;

            /**
             * Timings decideUs.
             * @member {number} decideUs
             * @memberof ssc.v1.Timings
             * @instance
             */
            Timings.prototype.decideUs = 0;

            /**
             * Timings encodeUs.
             * @member {number} encodeUs
             * @memberof ssc.v1.Timings
             * @instance
             */
            Timings.prototype.encodeUs = 0;

            /**
             * Timings totalUs.
             * @member {number} totalUs
             * @memberof ssc.v1.Timings
             * @instance
             */
            Timings.prototype.totalUs = 0;

            /**
             * Timings commitUs.
             * @member {number} commitUs
             * @memberof ssc.v1.Timings
             * @instance
             */
            Timings.prototype.commitUs = 0;

            /**
             * Encodes the specified Timings message. Does not implicitly {@link ssc.v1.Timings.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.Timings
             * @static
             * @param {ssc.v1.Timings.$Properties} message Timings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timings.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.receiveUs != null && $Object.hasOwnProperty.call(message, "receiveUs") && message.receiveUs !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.receiveUs);
                if (message.decodeUs != null && $Object.hasOwnProperty.call(message, "decodeUs") && message.decodeUs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.decodeUs);
                if (message.queueUs != null && $Object.hasOwnProperty.call(message, "queueUs") && message.queueUs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.queueUs);
                if (message.decideUs != null && $Object.hasOwnProperty.call(message, "decideUs") && message.decideUs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.decideUs);
                if (message.encodeUs != null && $Object.hasOwnProperty.call(message, "encodeUs") && message.encodeUs !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.encodeUs);
                if (message.totalUs != null && $Object.hasOwnProperty.call(message, "totalUs") && message.totalUs !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.totalUs);
                if (message.commitUs != null && $Object.hasOwnProperty.call(message, "commitUs") && message.commitUs !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.commitUs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Timings message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.Timings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.Timings & ssc.v1.Timings.$Shape} Timings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timings.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.Timings();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.receiveUs = value;
                            else
                                delete message.receiveUs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.decodeUs = value;
                            else
                                delete message.decodeUs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.queueUs = value;
                            else
                                delete message.queueUs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.decideUs = value;
                            else
                                delete message.decideUs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.encodeUs = value;
                            else
                                delete message.encodeUs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.totalUs = value;
                            else
                                delete message.totalUs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.commitUs = value;
                            else
                                delete message.commitUs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Timings message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.Timings
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.Timings} Timings
             */
            Timings.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.Timings)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.Timings: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.Timings();
                if (object.receiveUs != null)
                    if ($Number(object.receiveUs) !== 0)
                        message.receiveUs = object.receiveUs >>> 0;
                if (object.decodeUs != null)
                    if ($Number(object.decodeUs) !== 0)
                        message.decodeUs = object.decodeUs >>> 0;
                if (object.queueUs != null)
                    if ($Number(object.queueUs) !== 0)
                        message.queueUs = object.queueUs >>> 0;
                if (object.decideUs != null)
                    if ($Number(object.decideUs) !== 0)
                        message.decideUs = object.decideUs >>> 0;
                if (object.encodeUs != null)
                    if ($Number(object.encodeUs) !== 0)
                        message.encodeUs = object.encodeUs >>> 0;
                if (object.totalUs != null)
                    if ($Number(object.totalUs) !== 0)
                        message.totalUs = object.totalUs >>> 0;
                if (object.commitUs != null)
                    if ($Number(object.commitUs) !== 0)
                        message.commitUs = object.commitUs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Timings message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.Timings
             * @static
             * @param {ssc.v1.Timings} message Timings
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Timings.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.receiveUs = 0;
                    object.decodeUs = 0;
                    object.queueUs = 0;
                    object.decideUs = 0;
                    object.encodeUs = 0;
                    object.totalUs = 0;
                    object.commitUs = 0;
                }
                if (message.receiveUs != null && $Object.hasOwnProperty.call(message, "receiveUs"))
                    object.receiveUs = message.receiveUs;
                if (message.decodeUs != null && $Object.hasOwnProperty.call(message, "decodeUs"))
                    object.decodeUs = message.decodeUs;
                if (message.queueUs != null && $Object.hasOwnProperty.call(message, "queueUs"))
                    object.queueUs = message.queueUs;
                if (message.decideUs != null && $Object.hasOwnProperty.call(message, "decideUs"))
                    object.decideUs = message.decideUs;
                if (message.encodeUs != null && $Object.hasOwnProperty.call(message, "encodeUs"))
                    object.encodeUs = message.encodeUs;
                if (message.totalUs != null && $Object.hasOwnProperty.call(message, "totalUs"))
                    object.totalUs = message.totalUs;
                if (message.commitUs != null && $Object.hasOwnProperty.call(message, "commitUs"))
                    object.commitUs = message.commitUs;
                return object;
            };

            /**
             * Converts this Timings to JSON.
             * @function toJSON
             * @memberof ssc.v1.Timings
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Timings.prototype.toJSON = function() {
                return Timings.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Timings;
        })();

        v1.SignInRequest = (function() {

            /**
             * Properties of a SignInRequest.
             * @typedef {Object} ssc.v1.SignInRequest.$Properties
             * @property {ssc.v1.RequestHeader.$Properties|null} [header] SignInRequest header
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignInRequest.
             * @memberof ssc.v1
             * @interface ISignInRequest
             * @augments ssc.v1.SignInRequest.$Properties
             * @deprecated Use ssc.v1.SignInRequest.$Properties instead.
             */

            /**
             * Shape of a SignInRequest.
             * @typedef {ssc.v1.SignInRequest.$Properties} ssc.v1.SignInRequest.$Shape
             */

            /**
             * Constructs a new SignInRequest.
             * @memberof ssc.v1
             * @classdesc Represents a SignInRequest.
             * @constructor
             * @param {ssc.v1.SignInRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignInRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignInRequest header.
             * @member {ssc.v1.RequestHeader.$Properties|null|undefined} header
             * @memberof ssc.v1.SignInRequest
             * @instance
             */
            SignInRequest.prototype.header = null;

            /**
             * Encodes the specified SignInRequest message. Does not implicitly {@link ssc.v1.SignInRequest.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.SignInRequest
             * @static
             * @param {ssc.v1.SignInRequest.$Properties} message SignInRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignInRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.ssc.v1.RequestHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignInRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.SignInRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.SignInRequest & ssc.v1.SignInRequest.$Shape} SignInRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignInRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.SignInRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.ssc.v1.RequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SignInRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.SignInRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.SignInRequest} SignInRequest
             */
            SignInRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.SignInRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.SignInRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.SignInRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".ssc.v1.SignInRequest.header: object expected");
                    message.header = $root.ssc.v1.RequestHeader.fromObject(object.header, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SignInRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.SignInRequest
             * @static
             * @param {ssc.v1.SignInRequest} message SignInRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignInRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.header = null;
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.ssc.v1.RequestHeader.toObject(message.header, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SignInRequest to JSON.
             * @function toJSON
             * @memberof ssc.v1.SignInRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignInRequest.prototype.toJSON = function() {
                return SignInRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SignInRequest;
        })();

        v1.SignInReply = (function() {

            /**
             * Properties of a SignInReply.
             * @typedef {Object} ssc.v1.SignInReply.$Properties
             * @property {ssc.v1.Outcome.$Properties|null} [outcome] SignInReply outcome
             * @property {string|null} [signNo] SignInReply signNo
             * @property {number|Long|null} [signExpiresMs] SignInReply signExpiresMs
             * @property {number|null} [budgetUs] SignInReply budgetUs
             * @property {ssc.v1.Timings.$Properties|null} [timings] SignInReply timings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignInReply.
             * @memberof ssc.v1
             * @interface ISignInReply
             * @augments ssc.v1.SignInReply.$Properties
             * @deprecated Use ssc.v1.SignInReply.$Properties instead.
             */

            /**
             * Shape of a SignInReply.
             * @typedef {ssc.v1.SignInReply.$Properties} ssc.v1.SignInReply.$Shape
             */

            /**
             * Constructs a new SignInReply.
             * @memberof ssc.v1
             * @classdesc Represents a SignInReply.
             * @constructor
             * @param {ssc.v1.SignInReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignInReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignInReply outcome.
             * @member {ssc.v1.Outcome.$Properties|null|undefined} outcome
             * @memberof ssc.v1.SignInReply
             * @instance
             */
            SignInReply.prototype.outcome = null;

            /**
             * SignInReply signNo.
             * @member {string} signNo
             * @memberof ssc.v1.SignInReply
             * @instance
             */
            SignInReply.prototype.signNo = "";

            /**
             * SignInReply signExpiresMs.
             * @member {number|Long} signExpiresMs
             * @memberof ssc.v1.SignInReply
             * @instance
             */
            SignInReply.prototype.signExpiresMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SignInReply budgetUs.
             * @member {number} budgetUs
             * @memberof ssc.v1.SignInReply
             * @instance
             */
            SignInReply.prototype.budgetUs = 0;

            /**
             * SignInReply timings.
             * @member {ssc.v1.Timings.$Properties|null|undefined} timings
             * @memberof ssc.v1.SignInReply
             * @instance
             */
            SignInReply.prototype.timings = null;

            /**
             * Encodes the specified SignInReply message. Does not implicitly {@link ssc.v1.SignInReply.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.SignInReply
             * @static
             * @param {ssc.v1.SignInReply.$Properties} message SignInReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignInReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    $root.ssc.v1.Outcome.encode(message.outcome, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.signNo != null && $Object.hasOwnProperty.call(message, "signNo") && message.signNo !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.signNo);
                if (message.signExpiresMs != null && $Object.hasOwnProperty.call(message, "signExpiresMs") && (typeof message.signExpiresMs === "object" ? message.signExpiresMs.low || message.signExpiresMs.high : message.signExpiresMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.signExpiresMs);
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs") && message.budgetUs !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.budgetUs);
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    $root.ssc.v1.Timings.encode(message.timings, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignInReply message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.SignInReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.SignInReply & ssc.v1.SignInReply.$Shape} SignInReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignInReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.SignInReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.outcome = $root.ssc.v1.Outcome.decode(reader, reader.size(), $undefined, _depth + 1, message.outcome);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.signNo = value;
                            else
                                delete message.signNo;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.signExpiresMs = value;
                            else
                                delete message.signExpiresMs;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.budgetUs = value;
                            else
                                delete message.budgetUs;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.timings = $root.ssc.v1.Timings.decode(reader, reader.size(), $undefined, _depth + 1, message.timings);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SignInReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.SignInReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.SignInReply} SignInReply
             */
            SignInReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.SignInReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.SignInReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.SignInReply();
                if (object.outcome != null) {
                    if (!$util.isObject(object.outcome))
                        throw $TypeError(".ssc.v1.SignInReply.outcome: object expected");
                    message.outcome = $root.ssc.v1.Outcome.fromObject(object.outcome, _depth + 1);
                }
                if (object.signNo != null)
                    if (typeof object.signNo !== "string" || object.signNo.length)
                        message.signNo = $String(object.signNo);
                if (object.signExpiresMs != null)
                    if (typeof object.signExpiresMs === "object" ? object.signExpiresMs.low || object.signExpiresMs.high : $Number(object.signExpiresMs) !== 0)
                        if ($util.Long)
                            message.signExpiresMs = $util.Long.fromValue(object.signExpiresMs, false);
                        else if (typeof object.signExpiresMs === "string")
                            message.signExpiresMs = $parseInt(object.signExpiresMs, 10);
                        else if (typeof object.signExpiresMs === "number")
                            message.signExpiresMs = object.signExpiresMs;
                        else if (typeof object.signExpiresMs === "object")
                            message.signExpiresMs = new $util.LongBits(object.signExpiresMs.low >>> 0, object.signExpiresMs.high >>> 0).toNumber();
                if (object.budgetUs != null)
                    if ($Number(object.budgetUs) !== 0)
                        message.budgetUs = object.budgetUs >>> 0;
                if (object.timings != null) {
                    if (!$util.isObject(object.timings))
                        throw $TypeError(".ssc.v1.SignInReply.timings: object expected");
                    message.timings = $root.ssc.v1.Timings.fromObject(object.timings, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SignInReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.SignInReply
             * @static
             * @param {ssc.v1.SignInReply} message SignInReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignInReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.outcome = null;
                    object.signNo = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.signExpiresMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.signExpiresMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.budgetUs = 0;
                    object.timings = null;
                }
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = $root.ssc.v1.Outcome.toObject(message.outcome, options, _depth + 1);
                if (message.signNo != null && $Object.hasOwnProperty.call(message, "signNo"))
                    object.signNo = message.signNo;
                if (message.signExpiresMs != null && $Object.hasOwnProperty.call(message, "signExpiresMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.signExpiresMs = typeof message.signExpiresMs === "number" ? $BigInt(message.signExpiresMs) : $util.Long.fromBits(message.signExpiresMs.low >>> 0, message.signExpiresMs.high >>> 0, false).toBigInt();
                    else if (typeof message.signExpiresMs === "number")
                        object.signExpiresMs = options.longs === $String ? $String(message.signExpiresMs) : message.signExpiresMs;
                    else
                        object.signExpiresMs = options.longs === $String ? $util.Long.prototype.toString.call(message.signExpiresMs) : options.longs === $Number ? new $util.LongBits(message.signExpiresMs.low >>> 0, message.signExpiresMs.high >>> 0).toNumber() : message.signExpiresMs;
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs"))
                    object.budgetUs = message.budgetUs;
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    object.timings = $root.ssc.v1.Timings.toObject(message.timings, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SignInReply to JSON.
             * @function toJSON
             * @memberof ssc.v1.SignInReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignInReply.prototype.toJSON = function() {
                return SignInReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SignInReply;
        })();

        v1.SignOutRequest = (function() {

            /**
             * Properties of a SignOutRequest.
             * @typedef {Object} ssc.v1.SignOutRequest.$Properties
             * @property {ssc.v1.RequestHeader.$Properties|null} [header] SignOutRequest header
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignOutRequest.
             * @memberof ssc.v1
             * @interface ISignOutRequest
             * @augments ssc.v1.SignOutRequest.$Properties
             * @deprecated Use ssc.v1.SignOutRequest.$Properties instead.
             */

            /**
             * Shape of a SignOutRequest.
             * @typedef {ssc.v1.SignOutRequest.$Properties} ssc.v1.SignOutRequest.$Shape
             */

            /**
             * Constructs a new SignOutRequest.
             * @memberof ssc.v1
             * @classdesc Represents a SignOutRequest.
             * @constructor
             * @param {ssc.v1.SignOutRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignOutRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignOutRequest header.
             * @member {ssc.v1.RequestHeader.$Properties|null|undefined} header
             * @memberof ssc.v1.SignOutRequest
             * @instance
             */
            SignOutRequest.prototype.header = null;

            /**
             * Encodes the specified SignOutRequest message. Does not implicitly {@link ssc.v1.SignOutRequest.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.SignOutRequest
             * @static
             * @param {ssc.v1.SignOutRequest.$Properties} message SignOutRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignOutRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.ssc.v1.RequestHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignOutRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.SignOutRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.SignOutRequest & ssc.v1.SignOutRequest.$Shape} SignOutRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignOutRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.SignOutRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.ssc.v1.RequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SignOutRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.SignOutRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.SignOutRequest} SignOutRequest
             */
            SignOutRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.SignOutRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.SignOutRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.SignOutRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".ssc.v1.SignOutRequest.header: object expected");
                    message.header = $root.ssc.v1.RequestHeader.fromObject(object.header, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SignOutRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.SignOutRequest
             * @static
             * @param {ssc.v1.SignOutRequest} message SignOutRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignOutRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.header = null;
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.ssc.v1.RequestHeader.toObject(message.header, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SignOutRequest to JSON.
             * @function toJSON
             * @memberof ssc.v1.SignOutRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignOutRequest.prototype.toJSON = function() {
                return SignOutRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SignOutRequest;
        })();

        v1.SignOutReply = (function() {

            /**
             * Properties of a SignOutReply.
             * @typedef {Object} ssc.v1.SignOutReply.$Properties
             * @property {ssc.v1.Outcome.$Properties|null} [outcome] SignOutReply outcome
             * @property {number|null} [budgetUs] SignOutReply budgetUs
             * @property {ssc.v1.Timings.$Properties|null} [timings] SignOutReply timings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignOutReply.
             * @memberof ssc.v1
             * @interface ISignOutReply
             * @augments ssc.v1.SignOutReply.$Properties
             * @deprecated Use ssc.v1.SignOutReply.$Properties instead.
             */

            /**
             * Shape of a SignOutReply.
             * @typedef {ssc.v1.SignOutReply.$Properties} ssc.v1.SignOutReply.$Shape
             */

            /**
             * Constructs a new SignOutReply.
             * @memberof ssc.v1
             * @classdesc Represents a SignOutReply.
             * @constructor
             * @param {ssc.v1.SignOutReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignOutReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignOutReply outcome.
             * @member {ssc.v1.Outcome.$Properties|null|undefined} outcome
             * @memberof ssc.v1.SignOutReply
             * @instance
             */
            SignOutReply.prototype.outcome = null;

            /**
             * SignOutReply budgetUs.
             * @member {number} budgetUs
             * @memberof ssc.v1.SignOutReply
             * @instance
             */
            SignOutReply.prototype.budgetUs = 0;

            /**
             * SignOutReply timings.
             * @member {ssc.v1.Timings.$Properties|null|undefined} timings
             * @memberof ssc.v1.SignOutReply
             * @instance
             */
            SignOutReply.prototype.timings = null;

            /**
             * Encodes the specified SignOutReply message. Does not implicitly {@link ssc.v1.SignOutReply.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.SignOutReply
             * @static
             * @param {ssc.v1.SignOutReply.$Properties} message SignOutReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignOutReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    $root.ssc.v1.Outcome.encode(message.outcome, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs") && message.budgetUs !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.budgetUs);
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    $root.ssc.v1.Timings.encode(message.timings, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignOutReply message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.SignOutReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.SignOutReply & ssc.v1.SignOutReply.$Shape} SignOutReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignOutReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.SignOutReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.outcome = $root.ssc.v1.Outcome.decode(reader, reader.size(), $undefined, _depth + 1, message.outcome);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.budgetUs = value;
                            else
                                delete message.budgetUs;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.timings = $root.ssc.v1.Timings.decode(reader, reader.size(), $undefined, _depth + 1, message.timings);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SignOutReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.SignOutReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.SignOutReply} SignOutReply
             */
            SignOutReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.SignOutReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.SignOutReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.SignOutReply();
                if (object.outcome != null) {
                    if (!$util.isObject(object.outcome))
                        throw $TypeError(".ssc.v1.SignOutReply.outcome: object expected");
                    message.outcome = $root.ssc.v1.Outcome.fromObject(object.outcome, _depth + 1);
                }
                if (object.budgetUs != null)
                    if ($Number(object.budgetUs) !== 0)
                        message.budgetUs = object.budgetUs >>> 0;
                if (object.timings != null) {
                    if (!$util.isObject(object.timings))
                        throw $TypeError(".ssc.v1.SignOutReply.timings: object expected");
                    message.timings = $root.ssc.v1.Timings.fromObject(object.timings, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SignOutReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.SignOutReply
             * @static
             * @param {ssc.v1.SignOutReply} message SignOutReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignOutReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.outcome = null;
                    object.budgetUs = 0;
                    object.timings = null;
                }
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = $root.ssc.v1.Outcome.toObject(message.outcome, options, _depth + 1);
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs"))
                    object.budgetUs = message.budgetUs;
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    object.timings = $root.ssc.v1.Timings.toObject(message.timings, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SignOutReply to JSON.
             * @function toJSON
             * @memberof ssc.v1.SignOutReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignOutReply.prototype.toJSON = function() {
                return SignOutReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SignOutReply;
        })();

        v1.InquireRequest = (function() {

            /**
             * Properties of an InquireRequest.
             * @typedef {Object} ssc.v1.InquireRequest.$Properties
             * @property {ssc.v1.RequestHeader.$Properties|null} [header] InquireRequest header
             * @property {ssc.v1.Credential.$Properties|null} [credential] InquireRequest credential
             * @property {ssc.v1.MedicalType|null} [medicalType] InquireRequest medicalType
             * @property {ssc.v1.InsuranceType|null} [insuranceType] InquireRequest insuranceType
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InquireRequest.
             * @memberof ssc.v1
             * @interface IInquireRequest
             * @augments ssc.v1.InquireRequest.$Properties
             * @deprecated Use ssc.v1.InquireRequest.$Properties instead.
             */

            /**
             * Shape of an InquireRequest.
             * @typedef {ssc.v1.InquireRequest.$Properties} ssc.v1.InquireRequest.$Shape
             */

            /**
             * Constructs a new InquireRequest.
             * @memberof ssc.v1
             * @classdesc Represents an InquireRequest.
             * @constructor
             * @param {ssc.v1.InquireRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InquireRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InquireRequest header.
             * @member {ssc.v1.RequestHeader.$Properties|null|undefined} header
             * @memberof ssc.v1.InquireRequest
             * @instance
             */
            InquireRequest.prototype.header = null;

            /**
             * InquireRequest credential.
             * @member {ssc.v1.Credential.$Properties|null|undefined} credential
             * @memberof ssc.v1.InquireRequest
             * @instance
             */
            InquireRequest.prototype.credential = null;

            /**
             * InquireRequest medicalType.
             * @member {ssc.v1.MedicalType} medicalType
             * @memberof ssc.v1.InquireRequest
             * @instance
             */
            InquireRequest.prototype.medicalType = 0;

            /**
             * InquireRequest insuranceType.
             * @member {ssc.v1.InsuranceType} insuranceType
             * @memberof ssc.v1.InquireRequest
             * @instance
             */
            InquireRequest.prototype.insuranceType = 0;

            /**
             * Encodes the specified InquireRequest message. Does not implicitly {@link ssc.v1.InquireRequest.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.InquireRequest
             * @static
             * @param {ssc.v1.InquireRequest.$Properties} message InquireRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InquireRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.ssc.v1.RequestHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.credential != null && $Object.hasOwnProperty.call(message, "credential"))
                    $root.ssc.v1.Credential.encode(message.credential, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.medicalType != null && $Object.hasOwnProperty.call(message, "medicalType") && message.medicalType !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.medicalType);
                if (message.insuranceType != null && $Object.hasOwnProperty.call(message, "insuranceType") && message.insuranceType !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.insuranceType);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InquireRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.InquireRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.InquireRequest & ssc.v1.InquireRequest.$Shape} InquireRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InquireRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.InquireRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.ssc.v1.RequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.credential = $root.ssc.v1.Credential.decode(reader, reader.size(), $undefined, _depth + 1, message.credential);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.medicalType = value;
                            else
                                delete message.medicalType;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.insuranceType = value;
                            else
                                delete message.insuranceType;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an InquireRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.InquireRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.InquireRequest} InquireRequest
             */
            InquireRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.InquireRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.InquireRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.InquireRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".ssc.v1.InquireRequest.header: object expected");
                    message.header = $root.ssc.v1.RequestHeader.fromObject(object.header, _depth + 1);
                }
                if (object.credential != null) {
                    if (!$util.isObject(object.credential))
                        throw $TypeError(".ssc.v1.InquireRequest.credential: object expected");
                    message.credential = $root.ssc.v1.Credential.fromObject(object.credential, _depth + 1);
                }
                if (object.medicalType !== 0 && (typeof object.medicalType !== "string" || $root.ssc.v1.MedicalType[object.medicalType] !== 0))
                    switch (object.medicalType) {
                    case "MEDICAL_TYPE_UNSPECIFIED":
                    case 0:
                        message.medicalType = 0;
                        break;
                    case "MEDICAL_TYPE_OUTPATIENT":
                    case 11:
                        message.medicalType = 11;
                        break;
                    case "MEDICAL_TYPE_EMERGENCY":
                    case 13:
                        message.medicalType = 13;
                        break;
                    case "MEDICAL_TYPE_CHRONIC":
                    case 14:
                        message.medicalType = 14;
                        break;
                    case "MEDICAL_TYPE_INPATIENT":
                    case 21:
                        message.medicalType = 21;
                        break;
                    case "MEDICAL_TYPE_PHARMACY":
                    case 41:
                        message.medicalType = 41;
                        break;
                    default:
                        if (typeof object.medicalType === "number" && (object.medicalType | 0) === object.medicalType)
                            message.medicalType = object.medicalType;
                    }
                if (object.insuranceType !== 0 && (typeof object.insuranceType !== "string" || $root.ssc.v1.InsuranceType[object.insuranceType] !== 0))
                    switch (object.insuranceType) {
                    case "INSURANCE_TYPE_UNSPECIFIED":
                    case 0:
                        message.insuranceType = 0;
                        break;
                    case "INSURANCE_TYPE_EMPLOYEE_BASIC":
                    case 310:
                        message.insuranceType = 310;
                        break;
                    case "INSURANCE_TYPE_CIVIL_SERVANT":
                    case 320:
                        message.insuranceType = 320;
                        break;
                    case "INSURANCE_TYPE_LARGE_AMOUNT":
                    case 330:
                        message.insuranceType = 330;
                        break;
                    case "INSURANCE_TYPE_RESIDENT":
                    case 390:
                        message.insuranceType = 390;
                        break;
                    default:
                        if (typeof object.insuranceType === "number" && (object.insuranceType | 0) === object.insuranceType)
                            message.insuranceType = object.insuranceType;
                    }
                return message;
            };

            /**
             * Creates a plain object from an InquireRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.InquireRequest
             * @static
             * @param {ssc.v1.InquireRequest} message InquireRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InquireRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.header = null;
                    object.credential = null;
                    object.medicalType = options.enums === $String ? "MEDICAL_TYPE_UNSPECIFIED" : 0;
                    object.insuranceType = options.enums === $String ? "INSURANCE_TYPE_UNSPECIFIED" : 0;
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.ssc.v1.RequestHeader.toObject(message.header, options, _depth + 1);
                if (message.credential != null && $Object.hasOwnProperty.call(message, "credential"))
                    object.credential = $root.ssc.v1.Credential.toObject(message.credential, options, _depth + 1);
                if (message.medicalType != null && $Object.hasOwnProperty.call(message, "medicalType"))
                    object.medicalType = options.enums === $String ? $root.ssc.v1.MedicalType[message.medicalType] === $undefined ? message.medicalType : $root.ssc.v1.MedicalType[message.medicalType] : message.medicalType;
                if (message.insuranceType != null && $Object.hasOwnProperty.call(message, "insuranceType"))
                    object.insuranceType = options.enums === $String ? $root.ssc.v1.InsuranceType[message.insuranceType] === $undefined ? message.insuranceType : $root.ssc.v1.InsuranceType[message.insuranceType] : message.insuranceType;
                return object;
            };

            /**
             * Converts this InquireRequest to JSON.
             * @function toJSON
             * @memberof ssc.v1.InquireRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InquireRequest.prototype.toJSON = function() {
                return InquireRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return InquireRequest;
        })();

        v1.InquireReply = (function() {

            /**
             * Properties of an InquireReply.
             * @typedef {Object} ssc.v1.InquireReply.$Properties
             * @property {ssc.v1.Outcome.$Properties|null} [outcome] InquireReply outcome
             * @property {ssc.v1.PersonSummary.$Properties|null} [person] InquireReply person
             * @property {number|null} [budgetUs] InquireReply budgetUs
             * @property {ssc.v1.Timings.$Properties|null} [timings] InquireReply timings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InquireReply.
             * @memberof ssc.v1
             * @interface IInquireReply
             * @augments ssc.v1.InquireReply.$Properties
             * @deprecated Use ssc.v1.InquireReply.$Properties instead.
             */

            /**
             * Shape of an InquireReply.
             * @typedef {ssc.v1.InquireReply.$Properties} ssc.v1.InquireReply.$Shape
             */

            /**
             * Constructs a new InquireReply.
             * @memberof ssc.v1
             * @classdesc Represents an InquireReply.
             * @constructor
             * @param {ssc.v1.InquireReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InquireReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InquireReply outcome.
             * @member {ssc.v1.Outcome.$Properties|null|undefined} outcome
             * @memberof ssc.v1.InquireReply
             * @instance
             */
            InquireReply.prototype.outcome = null;

            /**
             * InquireReply person.
             * @member {ssc.v1.PersonSummary.$Properties|null|undefined} person
             * @memberof ssc.v1.InquireReply
             * @instance
             */
            InquireReply.prototype.person = null;

            /**
             * InquireReply budgetUs.
             * @member {number} budgetUs
             * @memberof ssc.v1.InquireReply
             * @instance
             */
            InquireReply.prototype.budgetUs = 0;

            /**
             * InquireReply timings.
             * @member {ssc.v1.Timings.$Properties|null|undefined} timings
             * @memberof ssc.v1.InquireReply
             * @instance
             */
            InquireReply.prototype.timings = null;

            /**
             * Encodes the specified InquireReply message. Does not implicitly {@link ssc.v1.InquireReply.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.InquireReply
             * @static
             * @param {ssc.v1.InquireReply.$Properties} message InquireReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InquireReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    $root.ssc.v1.Outcome.encode(message.outcome, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.person != null && $Object.hasOwnProperty.call(message, "person"))
                    $root.ssc.v1.PersonSummary.encode(message.person, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs") && message.budgetUs !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.budgetUs);
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    $root.ssc.v1.Timings.encode(message.timings, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InquireReply message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.InquireReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.InquireReply & ssc.v1.InquireReply.$Shape} InquireReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InquireReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.InquireReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.outcome = $root.ssc.v1.Outcome.decode(reader, reader.size(), $undefined, _depth + 1, message.outcome);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.person = $root.ssc.v1.PersonSummary.decode(reader, reader.size(), $undefined, _depth + 1, message.person);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.budgetUs = value;
                            else
                                delete message.budgetUs;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.timings = $root.ssc.v1.Timings.decode(reader, reader.size(), $undefined, _depth + 1, message.timings);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an InquireReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.InquireReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.InquireReply} InquireReply
             */
            InquireReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.InquireReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.InquireReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.InquireReply();
                if (object.outcome != null) {
                    if (!$util.isObject(object.outcome))
                        throw $TypeError(".ssc.v1.InquireReply.outcome: object expected");
                    message.outcome = $root.ssc.v1.Outcome.fromObject(object.outcome, _depth + 1);
                }
                if (object.person != null) {
                    if (!$util.isObject(object.person))
                        throw $TypeError(".ssc.v1.InquireReply.person: object expected");
                    message.person = $root.ssc.v1.PersonSummary.fromObject(object.person, _depth + 1);
                }
                if (object.budgetUs != null)
                    if ($Number(object.budgetUs) !== 0)
                        message.budgetUs = object.budgetUs >>> 0;
                if (object.timings != null) {
                    if (!$util.isObject(object.timings))
                        throw $TypeError(".ssc.v1.InquireReply.timings: object expected");
                    message.timings = $root.ssc.v1.Timings.fromObject(object.timings, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an InquireReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.InquireReply
             * @static
             * @param {ssc.v1.InquireReply} message InquireReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InquireReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.outcome = null;
                    object.person = null;
                    object.budgetUs = 0;
                    object.timings = null;
                }
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = $root.ssc.v1.Outcome.toObject(message.outcome, options, _depth + 1);
                if (message.person != null && $Object.hasOwnProperty.call(message, "person"))
                    object.person = $root.ssc.v1.PersonSummary.toObject(message.person, options, _depth + 1);
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs"))
                    object.budgetUs = message.budgetUs;
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    object.timings = $root.ssc.v1.Timings.toObject(message.timings, options, _depth + 1);
                return object;
            };

            /**
             * Converts this InquireReply to JSON.
             * @function toJSON
             * @memberof ssc.v1.InquireReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InquireReply.prototype.toJSON = function() {
                return InquireReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return InquireReply;
        })();

        v1.LineItem = (function() {

            /**
             * Properties of a LineItem.
             * @typedef {Object} ssc.v1.LineItem.$Properties
             * @property {number|null} [lineNo] LineItem lineNo
             * @property {string|null} [catalogueCode] LineItem catalogueCode
             * @property {ssc.v1.CatalogueClass|null} [claimedClass] LineItem claimedClass
             * @property {number|Long|null} [quantityMilli] LineItem quantityMilli
             * @property {number|Long|null} [unitPriceFen] LineItem unitPriceFen
             * @property {number|Long|null} [amountFen] LineItem amountFen
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LineItem.
             * @memberof ssc.v1
             * @interface ILineItem
             * @augments ssc.v1.LineItem.$Properties
             * @deprecated Use ssc.v1.LineItem.$Properties instead.
             */

            /**
             * Shape of a LineItem.
             * @typedef {ssc.v1.LineItem.$Properties} ssc.v1.LineItem.$Shape
             */

            /**
             * Constructs a new LineItem.
             * @memberof ssc.v1
             * @classdesc Represents a LineItem.
             * @constructor
             * @param {ssc.v1.LineItem.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LineItem = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LineItem lineNo.
             * @member {number} lineNo
             * @memberof ssc.v1.LineItem
             * @instance
             */
            LineItem.prototype.lineNo = 0;

            /**
             * LineItem catalogueCode.
             * @member {string} catalogueCode
             * @memberof ssc.v1.LineItem
             * @instance
             */
            LineItem.prototype.catalogueCode = "";

            /**
             * LineItem claimedClass.
             * @member {ssc.v1.CatalogueClass} claimedClass
             * @memberof ssc.v1.LineItem
             * @instance
             */
            LineItem.prototype.claimedClass = 0;

            /**
             * LineItem quantityMilli.
             * @member {number|Long} quantityMilli
             * @memberof ssc.v1.LineItem
             * @instance
             */
            LineItem.prototype.quantityMilli = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LineItem unitPriceFen.
             * @member {number|Long} unitPriceFen
             * @memberof ssc.v1.LineItem
             * @instance
             */
            LineItem.prototype.unitPriceFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LineItem amountFen.
             * @member {number|Long} amountFen
             * @memberof ssc.v1.LineItem
             * @instance
             */
            LineItem.prototype.amountFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified LineItem message. Does not implicitly {@link ssc.v1.LineItem.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.LineItem
             * @static
             * @param {ssc.v1.LineItem.$Properties} message LineItem message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LineItem.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.lineNo != null && $Object.hasOwnProperty.call(message, "lineNo") && message.lineNo !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.lineNo);
                if (message.catalogueCode != null && $Object.hasOwnProperty.call(message, "catalogueCode") && message.catalogueCode !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.catalogueCode);
                if (message.claimedClass != null && $Object.hasOwnProperty.call(message, "claimedClass") && message.claimedClass !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.claimedClass);
                if (message.quantityMilli != null && $Object.hasOwnProperty.call(message, "quantityMilli") && (typeof message.quantityMilli === "object" ? message.quantityMilli.low || message.quantityMilli.high : message.quantityMilli !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.quantityMilli);
                if (message.unitPriceFen != null && $Object.hasOwnProperty.call(message, "unitPriceFen") && (typeof message.unitPriceFen === "object" ? message.unitPriceFen.low || message.unitPriceFen.high : message.unitPriceFen !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.unitPriceFen);
                if (message.amountFen != null && $Object.hasOwnProperty.call(message, "amountFen") && (typeof message.amountFen === "object" ? message.amountFen.low || message.amountFen.high : message.amountFen !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.amountFen);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LineItem message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.LineItem
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.LineItem & ssc.v1.LineItem.$Shape} LineItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LineItem.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.LineItem();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lineNo = value;
                            else
                                delete message.lineNo;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.catalogueCode = value;
                            else
                                delete message.catalogueCode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.claimedClass = value;
                            else
                                delete message.claimedClass;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.quantityMilli = value;
                            else
                                delete message.quantityMilli;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.unitPriceFen = value;
                            else
                                delete message.unitPriceFen;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.amountFen = value;
                            else
                                delete message.amountFen;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a LineItem message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.LineItem
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.LineItem} LineItem
             */
            LineItem.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.LineItem)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.LineItem: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.LineItem();
                if (object.lineNo != null)
                    if ($Number(object.lineNo) !== 0)
                        message.lineNo = object.lineNo >>> 0;
                if (object.catalogueCode != null)
                    if (typeof object.catalogueCode !== "string" || object.catalogueCode.length)
                        message.catalogueCode = $String(object.catalogueCode);
                if (object.claimedClass !== 0 && (typeof object.claimedClass !== "string" || $root.ssc.v1.CatalogueClass[object.claimedClass] !== 0))
                    switch (object.claimedClass) {
                    case "CATALOGUE_CLASS_UNSPECIFIED":
                    case 0:
                        message.claimedClass = 0;
                        break;
                    case "CATALOGUE_CLASS_A":
                    case 1:
                        message.claimedClass = 1;
                        break;
                    case "CATALOGUE_CLASS_B":
                    case 2:
                        message.claimedClass = 2;
                        break;
                    case "CATALOGUE_CLASS_SELF_PAY":
                    case 3:
                        message.claimedClass = 3;
                        break;
                    default:
                        if (typeof object.claimedClass === "number" && (object.claimedClass | 0) === object.claimedClass)
                            message.claimedClass = object.claimedClass;
                    }
                if (object.quantityMilli != null)
                    if (typeof object.quantityMilli === "object" ? object.quantityMilli.low || object.quantityMilli.high : $Number(object.quantityMilli) !== 0)
                        if ($util.Long)
                            message.quantityMilli = $util.Long.fromValue(object.quantityMilli, false);
                        else if (typeof object.quantityMilli === "string")
                            message.quantityMilli = $parseInt(object.quantityMilli, 10);
                        else if (typeof object.quantityMilli === "number")
                            message.quantityMilli = object.quantityMilli;
                        else if (typeof object.quantityMilli === "object")
                            message.quantityMilli = new $util.LongBits(object.quantityMilli.low >>> 0, object.quantityMilli.high >>> 0).toNumber();
                if (object.unitPriceFen != null)
                    if (typeof object.unitPriceFen === "object" ? object.unitPriceFen.low || object.unitPriceFen.high : $Number(object.unitPriceFen) !== 0)
                        if ($util.Long)
                            message.unitPriceFen = $util.Long.fromValue(object.unitPriceFen, false);
                        else if (typeof object.unitPriceFen === "string")
                            message.unitPriceFen = $parseInt(object.unitPriceFen, 10);
                        else if (typeof object.unitPriceFen === "number")
                            message.unitPriceFen = object.unitPriceFen;
                        else if (typeof object.unitPriceFen === "object")
                            message.unitPriceFen = new $util.LongBits(object.unitPriceFen.low >>> 0, object.unitPriceFen.high >>> 0).toNumber();
                if (object.amountFen != null)
                    if (typeof object.amountFen === "object" ? object.amountFen.low || object.amountFen.high : $Number(object.amountFen) !== 0)
                        if ($util.Long)
                            message.amountFen = $util.Long.fromValue(object.amountFen, false);
                        else if (typeof object.amountFen === "string")
                            message.amountFen = $parseInt(object.amountFen, 10);
                        else if (typeof object.amountFen === "number")
                            message.amountFen = object.amountFen;
                        else if (typeof object.amountFen === "object")
                            message.amountFen = new $util.LongBits(object.amountFen.low >>> 0, object.amountFen.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a LineItem message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.LineItem
             * @static
             * @param {ssc.v1.LineItem} message LineItem
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LineItem.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.lineNo = 0;
                    object.catalogueCode = "";
                    object.claimedClass = options.enums === $String ? "CATALOGUE_CLASS_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.quantityMilli = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.quantityMilli = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.unitPriceFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.unitPriceFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.amountFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.amountFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.lineNo != null && $Object.hasOwnProperty.call(message, "lineNo"))
                    object.lineNo = message.lineNo;
                if (message.catalogueCode != null && $Object.hasOwnProperty.call(message, "catalogueCode"))
                    object.catalogueCode = message.catalogueCode;
                if (message.claimedClass != null && $Object.hasOwnProperty.call(message, "claimedClass"))
                    object.claimedClass = options.enums === $String ? $root.ssc.v1.CatalogueClass[message.claimedClass] === $undefined ? message.claimedClass : $root.ssc.v1.CatalogueClass[message.claimedClass] : message.claimedClass;
                if (message.quantityMilli != null && $Object.hasOwnProperty.call(message, "quantityMilli"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.quantityMilli = typeof message.quantityMilli === "number" ? $BigInt(message.quantityMilli) : $util.Long.fromBits(message.quantityMilli.low >>> 0, message.quantityMilli.high >>> 0, false).toBigInt();
                    else if (typeof message.quantityMilli === "number")
                        object.quantityMilli = options.longs === $String ? $String(message.quantityMilli) : message.quantityMilli;
                    else
                        object.quantityMilli = options.longs === $String ? $util.Long.prototype.toString.call(message.quantityMilli) : options.longs === $Number ? new $util.LongBits(message.quantityMilli.low >>> 0, message.quantityMilli.high >>> 0).toNumber() : message.quantityMilli;
                if (message.unitPriceFen != null && $Object.hasOwnProperty.call(message, "unitPriceFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.unitPriceFen = typeof message.unitPriceFen === "number" ? $BigInt(message.unitPriceFen) : $util.Long.fromBits(message.unitPriceFen.low >>> 0, message.unitPriceFen.high >>> 0, false).toBigInt();
                    else if (typeof message.unitPriceFen === "number")
                        object.unitPriceFen = options.longs === $String ? $String(message.unitPriceFen) : message.unitPriceFen;
                    else
                        object.unitPriceFen = options.longs === $String ? $util.Long.prototype.toString.call(message.unitPriceFen) : options.longs === $Number ? new $util.LongBits(message.unitPriceFen.low >>> 0, message.unitPriceFen.high >>> 0).toNumber() : message.unitPriceFen;
                if (message.amountFen != null && $Object.hasOwnProperty.call(message, "amountFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.amountFen = typeof message.amountFen === "number" ? $BigInt(message.amountFen) : $util.Long.fromBits(message.amountFen.low >>> 0, message.amountFen.high >>> 0, false).toBigInt();
                    else if (typeof message.amountFen === "number")
                        object.amountFen = options.longs === $String ? $String(message.amountFen) : message.amountFen;
                    else
                        object.amountFen = options.longs === $String ? $util.Long.prototype.toString.call(message.amountFen) : options.longs === $Number ? new $util.LongBits(message.amountFen.low >>> 0, message.amountFen.high >>> 0).toNumber() : message.amountFen;
                return object;
            };

            /**
             * Converts this LineItem to JSON.
             * @function toJSON
             * @memberof ssc.v1.LineItem
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LineItem.prototype.toJSON = function() {
                return LineItem.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LineItem;
        })();

        v1.SettleRequest = (function() {

            /**
             * Properties of a SettleRequest.
             * @typedef {Object} ssc.v1.SettleRequest.$Properties
             * @property {ssc.v1.RequestHeader.$Properties|null} [header] SettleRequest header
             * @property {ssc.v1.Credential.$Properties|null} [credential] SettleRequest credential
             * @property {ssc.v1.MedicalType|null} [medicalType] SettleRequest medicalType
             * @property {ssc.v1.InsuranceType|null} [insuranceType] SettleRequest insuranceType
             * @property {boolean|null} [useAccount] SettleRequest useAccount
             * @property {number|Long|null} [totalFen] SettleRequest totalFen
             * @property {Array.<ssc.v1.LineItem.$Properties>|null} [lines] SettleRequest lines
             * @property {string|null} [visitId] SettleRequest visitId
             * @property {string|null} [personNo] SettleRequest personNo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SettleRequest.
             * @memberof ssc.v1
             * @interface ISettleRequest
             * @augments ssc.v1.SettleRequest.$Properties
             * @deprecated Use ssc.v1.SettleRequest.$Properties instead.
             */

            /**
             * Shape of a SettleRequest.
             * @typedef {ssc.v1.SettleRequest.$Properties} ssc.v1.SettleRequest.$Shape
             */

            /**
             * Constructs a new SettleRequest.
             * @memberof ssc.v1
             * @classdesc Represents a SettleRequest.
             * @constructor
             * @param {ssc.v1.SettleRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SettleRequest = function (properties) {
                this.lines = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SettleRequest header.
             * @member {ssc.v1.RequestHeader.$Properties|null|undefined} header
             * @memberof ssc.v1.SettleRequest
             * @instance
             */
            SettleRequest.prototype.header = null;

            /**
             * SettleRequest credential.
             * @member {ssc.v1.Credential.$Properties|null|undefined} credential
             * @memberof ssc.v1.SettleRequest
             * @instance
             */
            SettleRequest.prototype.credential = null;

            /**
             * SettleRequest medicalType.
             * @member {ssc.v1.MedicalType} medicalType
             * @memberof ssc.v1.SettleRequest
             * @instance
             */
            SettleRequest.prototype.medicalType = 0;

            /**
             * SettleRequest insuranceType.
             * @member {ssc.v1.InsuranceType} insuranceType
             * @memberof ssc.v1.SettleRequest
             * @instance
             */
            SettleRequest.prototype.insuranceType = 0;

            /**
             * SettleRequest useAccount.
             * @member {boolean} useAccount
             * @memberof ssc.v1.SettleRequest
             * @instance
             */
            SettleRequest.prototype.useAccount = false;

            /**
             * SettleRequest totalFen.
             * @member {number|Long} totalFen
             * @memberof ssc.v1.SettleRequest
             * @instance
             */
            SettleRequest.prototype.totalFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SettleRequest lines.
             * @member {Array.<ssc.v1.LineItem.$Properties>} lines
             * @memberof ssc.v1.SettleRequest
             * @instance
             */
            SettleRequest.prototype.lines = $util.emptyArray;

            /**
             * SettleRequest visitId.
             * @member {string} visitId
             * @memberof ssc.v1.SettleRequest
             * @instance
             */
            SettleRequest.prototype.visitId = "";

            /**
             * SettleRequest personNo.
             * @member {string} personNo
             * @memberof ssc.v1.SettleRequest
             * @instance
             */
            SettleRequest.prototype.personNo = "";

            /**
             * Encodes the specified SettleRequest message. Does not implicitly {@link ssc.v1.SettleRequest.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.SettleRequest
             * @static
             * @param {ssc.v1.SettleRequest.$Properties} message SettleRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SettleRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.ssc.v1.RequestHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.credential != null && $Object.hasOwnProperty.call(message, "credential"))
                    $root.ssc.v1.Credential.encode(message.credential, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.medicalType != null && $Object.hasOwnProperty.call(message, "medicalType") && message.medicalType !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.medicalType);
                if (message.insuranceType != null && $Object.hasOwnProperty.call(message, "insuranceType") && message.insuranceType !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.insuranceType);
                if (message.useAccount != null && $Object.hasOwnProperty.call(message, "useAccount") && message.useAccount !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.useAccount);
                if (message.totalFen != null && $Object.hasOwnProperty.call(message, "totalFen") && (typeof message.totalFen === "object" ? message.totalFen.low || message.totalFen.high : message.totalFen !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.totalFen);
                if (message.lines != null && message.lines.length)
                    for (let i = 0; i < message.lines.length; ++i)
                        $root.ssc.v1.LineItem.encode(message.lines[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.visitId != null && $Object.hasOwnProperty.call(message, "visitId") && message.visitId !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.visitId);
                if (message.personNo != null && $Object.hasOwnProperty.call(message, "personNo") && message.personNo !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.personNo);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SettleRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.SettleRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.SettleRequest & ssc.v1.SettleRequest.$Shape} SettleRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SettleRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.SettleRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.ssc.v1.RequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.credential = $root.ssc.v1.Credential.decode(reader, reader.size(), $undefined, _depth + 1, message.credential);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.medicalType = value;
                            else
                                delete message.medicalType;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.insuranceType = value;
                            else
                                delete message.insuranceType;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.useAccount = value;
                            else
                                delete message.useAccount;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalFen = value;
                            else
                                delete message.totalFen;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.lines && message.lines.length))
                                message.lines = [];
                            message.lines.push($root.ssc.v1.LineItem.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.visitId = value;
                            else
                                delete message.visitId;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.personNo = value;
                            else
                                delete message.personNo;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SettleRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.SettleRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.SettleRequest} SettleRequest
             */
            SettleRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.SettleRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.SettleRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.SettleRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".ssc.v1.SettleRequest.header: object expected");
                    message.header = $root.ssc.v1.RequestHeader.fromObject(object.header, _depth + 1);
                }
                if (object.credential != null) {
                    if (!$util.isObject(object.credential))
                        throw $TypeError(".ssc.v1.SettleRequest.credential: object expected");
                    message.credential = $root.ssc.v1.Credential.fromObject(object.credential, _depth + 1);
                }
                if (object.medicalType !== 0 && (typeof object.medicalType !== "string" || $root.ssc.v1.MedicalType[object.medicalType] !== 0))
                    switch (object.medicalType) {
                    case "MEDICAL_TYPE_UNSPECIFIED":
                    case 0:
                        message.medicalType = 0;
                        break;
                    case "MEDICAL_TYPE_OUTPATIENT":
                    case 11:
                        message.medicalType = 11;
                        break;
                    case "MEDICAL_TYPE_EMERGENCY":
                    case 13:
                        message.medicalType = 13;
                        break;
                    case "MEDICAL_TYPE_CHRONIC":
                    case 14:
                        message.medicalType = 14;
                        break;
                    case "MEDICAL_TYPE_INPATIENT":
                    case 21:
                        message.medicalType = 21;
                        break;
                    case "MEDICAL_TYPE_PHARMACY":
                    case 41:
                        message.medicalType = 41;
                        break;
                    default:
                        if (typeof object.medicalType === "number" && (object.medicalType | 0) === object.medicalType)
                            message.medicalType = object.medicalType;
                    }
                if (object.insuranceType !== 0 && (typeof object.insuranceType !== "string" || $root.ssc.v1.InsuranceType[object.insuranceType] !== 0))
                    switch (object.insuranceType) {
                    case "INSURANCE_TYPE_UNSPECIFIED":
                    case 0:
                        message.insuranceType = 0;
                        break;
                    case "INSURANCE_TYPE_EMPLOYEE_BASIC":
                    case 310:
                        message.insuranceType = 310;
                        break;
                    case "INSURANCE_TYPE_CIVIL_SERVANT":
                    case 320:
                        message.insuranceType = 320;
                        break;
                    case "INSURANCE_TYPE_LARGE_AMOUNT":
                    case 330:
                        message.insuranceType = 330;
                        break;
                    case "INSURANCE_TYPE_RESIDENT":
                    case 390:
                        message.insuranceType = 390;
                        break;
                    default:
                        if (typeof object.insuranceType === "number" && (object.insuranceType | 0) === object.insuranceType)
                            message.insuranceType = object.insuranceType;
                    }
                if (object.useAccount != null)
                    if (object.useAccount)
                        message.useAccount = $Boolean(object.useAccount);
                if (object.totalFen != null)
                    if (typeof object.totalFen === "object" ? object.totalFen.low || object.totalFen.high : $Number(object.totalFen) !== 0)
                        if ($util.Long)
                            message.totalFen = $util.Long.fromValue(object.totalFen, false);
                        else if (typeof object.totalFen === "string")
                            message.totalFen = $parseInt(object.totalFen, 10);
                        else if (typeof object.totalFen === "number")
                            message.totalFen = object.totalFen;
                        else if (typeof object.totalFen === "object")
                            message.totalFen = new $util.LongBits(object.totalFen.low >>> 0, object.totalFen.high >>> 0).toNumber();
                if (object.lines) {
                    if (!$Array.isArray(object.lines))
                        throw $TypeError(".ssc.v1.SettleRequest.lines: array expected");
                    message.lines = $Array(object.lines.length);
                    for (let i = 0; i < object.lines.length; ++i) {
                        if (!$util.isObject(object.lines[i]))
                            throw $TypeError(".ssc.v1.SettleRequest.lines: object expected");
                        message.lines[i] = $root.ssc.v1.LineItem.fromObject(object.lines[i], _depth + 1);
                    }
                }
                if (object.visitId != null)
                    if (typeof object.visitId !== "string" || object.visitId.length)
                        message.visitId = $String(object.visitId);
                if (object.personNo != null)
                    if (typeof object.personNo !== "string" || object.personNo.length)
                        message.personNo = $String(object.personNo);
                return message;
            };

            /**
             * Creates a plain object from a SettleRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.SettleRequest
             * @static
             * @param {ssc.v1.SettleRequest} message SettleRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SettleRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.lines = [];
                if (options.defaults) {
                    object.header = null;
                    object.credential = null;
                    object.medicalType = options.enums === $String ? "MEDICAL_TYPE_UNSPECIFIED" : 0;
                    object.insuranceType = options.enums === $String ? "INSURANCE_TYPE_UNSPECIFIED" : 0;
                    object.useAccount = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.totalFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.totalFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.visitId = "";
                    object.personNo = "";
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.ssc.v1.RequestHeader.toObject(message.header, options, _depth + 1);
                if (message.credential != null && $Object.hasOwnProperty.call(message, "credential"))
                    object.credential = $root.ssc.v1.Credential.toObject(message.credential, options, _depth + 1);
                if (message.medicalType != null && $Object.hasOwnProperty.call(message, "medicalType"))
                    object.medicalType = options.enums === $String ? $root.ssc.v1.MedicalType[message.medicalType] === $undefined ? message.medicalType : $root.ssc.v1.MedicalType[message.medicalType] : message.medicalType;
                if (message.insuranceType != null && $Object.hasOwnProperty.call(message, "insuranceType"))
                    object.insuranceType = options.enums === $String ? $root.ssc.v1.InsuranceType[message.insuranceType] === $undefined ? message.insuranceType : $root.ssc.v1.InsuranceType[message.insuranceType] : message.insuranceType;
                if (message.useAccount != null && $Object.hasOwnProperty.call(message, "useAccount"))
                    object.useAccount = message.useAccount;
                if (message.totalFen != null && $Object.hasOwnProperty.call(message, "totalFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.totalFen = typeof message.totalFen === "number" ? $BigInt(message.totalFen) : $util.Long.fromBits(message.totalFen.low >>> 0, message.totalFen.high >>> 0, false).toBigInt();
                    else if (typeof message.totalFen === "number")
                        object.totalFen = options.longs === $String ? $String(message.totalFen) : message.totalFen;
                    else
                        object.totalFen = options.longs === $String ? $util.Long.prototype.toString.call(message.totalFen) : options.longs === $Number ? new $util.LongBits(message.totalFen.low >>> 0, message.totalFen.high >>> 0).toNumber() : message.totalFen;
                if (message.lines && message.lines.length) {
                    object.lines = $Array(message.lines.length);
                    for (let j = 0; j < message.lines.length; ++j)
                        object.lines[j] = $root.ssc.v1.LineItem.toObject(message.lines[j], options, _depth + 1);
                }
                if (message.visitId != null && $Object.hasOwnProperty.call(message, "visitId"))
                    object.visitId = message.visitId;
                if (message.personNo != null && $Object.hasOwnProperty.call(message, "personNo"))
                    object.personNo = message.personNo;
                return object;
            };

            /**
             * Converts this SettleRequest to JSON.
             * @function toJSON
             * @memberof ssc.v1.SettleRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SettleRequest.prototype.toJSON = function() {
                return SettleRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SettleRequest;
        })();

        v1.Split = (function() {

            /**
             * Properties of a Split.
             * @typedef {Object} ssc.v1.Split.$Properties
             * @property {number|Long|null} [totalFen] Split totalFen
             * @property {number|Long|null} [selfPayFen] Split selfPayFen
             * @property {number|Long|null} [overCapFen] Split overCapFen
             * @property {number|Long|null} [classBFirstFen] Split classBFirstFen
             * @property {number|Long|null} [inPolicyFen] Split inPolicyFen
             * @property {number|Long|null} [deductiblePaidFen] Split deductiblePaidFen
             * @property {number|Long|null} [poolPaidFen] Split poolPaidFen
             * @property {number|Long|null} [largeAmountPaidFen] Split largeAmountPaidFen
             * @property {number|Long|null} [fundTotalFen] Split fundTotalFen
             * @property {number|Long|null} [personPartFen] Split personPartFen
             * @property {number|Long|null} [accountPaidFen] Split accountPaidFen
             * @property {number|Long|null} [cashFen] Split cashFen
             * @property {number|Long|null} [familyAccountPaidFen] Split familyAccountPaidFen
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Split.
             * @memberof ssc.v1
             * @interface ISplit
             * @augments ssc.v1.Split.$Properties
             * @deprecated Use ssc.v1.Split.$Properties instead.
             */

            /**
             * Shape of a Split.
             * @typedef {ssc.v1.Split.$Properties} ssc.v1.Split.$Shape
             */

            /**
             * Constructs a new Split.
             * @memberof ssc.v1
             * @classdesc Represents a Split.
             * @constructor
             * @param {ssc.v1.Split.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Split = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Split totalFen.
             * @member {number|Long} totalFen
             * @memberof ssc.v1.Split
             * @instance
             */
            Split.prototype.totalFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Split selfPayFen.
             * @member {number|Long} selfPayFen
             * @memberof ssc.v1.Split
             * @instance
             */
            Split.prototype.selfPayFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Split overCapFen.
             * @member {number|Long} overCapFen
             * @memberof ssc.v1.Split
             * @instance
             */
            Split.prototype.overCapFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Split classBFirstFen.
             * @member {number|Long} classBFirstFen
             * @memberof ssc.v1.Split
             * @instance
             */
            Split.prototype.classBFirstFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Split inPolicyFen.
             * @member {number|Long} inPolicyFen
             * @memberof ssc.v1.Split
             * @instance
             */
            Split.prototype.inPolicyFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Split deductiblePaidFen.
             * @member {number|Long} deductiblePaidFen
             * @memberof ssc.v1.Split
             * @instance
             */
            Split.prototype.deductiblePaidFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Split poolPaidFen.
             * @member {number|Long} poolPaidFen
             * @memberof ssc.v1.Split
             * @instance
             */
            Split.prototype.poolPaidFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Split largeAmountPaidFen.
             * @member {number|Long} largeAmountPaidFen
             * @memberof ssc.v1.Split
             * @instance
             */
            Split.prototype.largeAmountPaidFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Split fundTotalFen.
             * @member {number|Long} fundTotalFen
             * @memberof ssc.v1.Split
             * @instance
             */
            Split.prototype.fundTotalFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Split personPartFen.
             * @member {number|Long} personPartFen
             * @memberof ssc.v1.Split
             * @instance
             */
            Split.prototype.personPartFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Split accountPaidFen.
             * @member {number|Long} accountPaidFen
             * @memberof ssc.v1.Split
             * @instance
             */
            Split.prototype.accountPaidFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Split cashFen.
             * @member {number|Long} cashFen
             * @memberof ssc.v1.Split
             * @instance
             */
            Split.prototype.cashFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Split familyAccountPaidFen.
             * @member {number|Long} familyAccountPaidFen
             * @memberof ssc.v1.Split
             * @instance
             */
            Split.prototype.familyAccountPaidFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified Split message. Does not implicitly {@link ssc.v1.Split.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.Split
             * @static
             * @param {ssc.v1.Split.$Properties} message Split message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Split.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.totalFen != null && $Object.hasOwnProperty.call(message, "totalFen") && (typeof message.totalFen === "object" ? message.totalFen.low || message.totalFen.high : message.totalFen !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.totalFen);
                if (message.selfPayFen != null && $Object.hasOwnProperty.call(message, "selfPayFen") && (typeof message.selfPayFen === "object" ? message.selfPayFen.low || message.selfPayFen.high : message.selfPayFen !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.selfPayFen);
                if (message.overCapFen != null && $Object.hasOwnProperty.call(message, "overCapFen") && (typeof message.overCapFen === "object" ? message.overCapFen.low || message.overCapFen.high : message.overCapFen !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.overCapFen);
                if (message.classBFirstFen != null && $Object.hasOwnProperty.call(message, "classBFirstFen") && (typeof message.classBFirstFen === "object" ? message.classBFirstFen.low || message.classBFirstFen.high : message.classBFirstFen !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.classBFirstFen);
                if (message.inPolicyFen != null && $Object.hasOwnProperty.call(message, "inPolicyFen") && (typeof message.inPolicyFen === "object" ? message.inPolicyFen.low || message.inPolicyFen.high : message.inPolicyFen !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.inPolicyFen);
                if (message.deductiblePaidFen != null && $Object.hasOwnProperty.call(message, "deductiblePaidFen") && (typeof message.deductiblePaidFen === "object" ? message.deductiblePaidFen.low || message.deductiblePaidFen.high : message.deductiblePaidFen !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.deductiblePaidFen);
                if (message.poolPaidFen != null && $Object.hasOwnProperty.call(message, "poolPaidFen") && (typeof message.poolPaidFen === "object" ? message.poolPaidFen.low || message.poolPaidFen.high : message.poolPaidFen !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.poolPaidFen);
                if (message.largeAmountPaidFen != null && $Object.hasOwnProperty.call(message, "largeAmountPaidFen") && (typeof message.largeAmountPaidFen === "object" ? message.largeAmountPaidFen.low || message.largeAmountPaidFen.high : message.largeAmountPaidFen !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.largeAmountPaidFen);
                if (message.fundTotalFen != null && $Object.hasOwnProperty.call(message, "fundTotalFen") && (typeof message.fundTotalFen === "object" ? message.fundTotalFen.low || message.fundTotalFen.high : message.fundTotalFen !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.fundTotalFen);
                if (message.personPartFen != null && $Object.hasOwnProperty.call(message, "personPartFen") && (typeof message.personPartFen === "object" ? message.personPartFen.low || message.personPartFen.high : message.personPartFen !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.personPartFen);
                if (message.accountPaidFen != null && $Object.hasOwnProperty.call(message, "accountPaidFen") && (typeof message.accountPaidFen === "object" ? message.accountPaidFen.low || message.accountPaidFen.high : message.accountPaidFen !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).int64(message.accountPaidFen);
                if (message.cashFen != null && $Object.hasOwnProperty.call(message, "cashFen") && (typeof message.cashFen === "object" ? message.cashFen.low || message.cashFen.high : message.cashFen !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).int64(message.cashFen);
                if (message.familyAccountPaidFen != null && $Object.hasOwnProperty.call(message, "familyAccountPaidFen") && (typeof message.familyAccountPaidFen === "object" ? message.familyAccountPaidFen.low || message.familyAccountPaidFen.high : message.familyAccountPaidFen !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).int64(message.familyAccountPaidFen);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Split message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.Split
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.Split & ssc.v1.Split.$Shape} Split
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Split.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.Split();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalFen = value;
                            else
                                delete message.totalFen;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.selfPayFen = value;
                            else
                                delete message.selfPayFen;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.overCapFen = value;
                            else
                                delete message.overCapFen;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.classBFirstFen = value;
                            else
                                delete message.classBFirstFen;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.inPolicyFen = value;
                            else
                                delete message.inPolicyFen;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.deductiblePaidFen = value;
                            else
                                delete message.deductiblePaidFen;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.poolPaidFen = value;
                            else
                                delete message.poolPaidFen;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.largeAmountPaidFen = value;
                            else
                                delete message.largeAmountPaidFen;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.fundTotalFen = value;
                            else
                                delete message.fundTotalFen;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.personPartFen = value;
                            else
                                delete message.personPartFen;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.accountPaidFen = value;
                            else
                                delete message.accountPaidFen;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.cashFen = value;
                            else
                                delete message.cashFen;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.familyAccountPaidFen = value;
                            else
                                delete message.familyAccountPaidFen;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Split message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.Split
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.Split} Split
             */
            Split.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.Split)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.Split: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.Split();
                if (object.totalFen != null)
                    if (typeof object.totalFen === "object" ? object.totalFen.low || object.totalFen.high : $Number(object.totalFen) !== 0)
                        if ($util.Long)
                            message.totalFen = $util.Long.fromValue(object.totalFen, false);
                        else if (typeof object.totalFen === "string")
                            message.totalFen = $parseInt(object.totalFen, 10);
                        else if (typeof object.totalFen === "number")
                            message.totalFen = object.totalFen;
                        else if (typeof object.totalFen === "object")
                            message.totalFen = new $util.LongBits(object.totalFen.low >>> 0, object.totalFen.high >>> 0).toNumber();
                if (object.selfPayFen != null)
                    if (typeof object.selfPayFen === "object" ? object.selfPayFen.low || object.selfPayFen.high : $Number(object.selfPayFen) !== 0)
                        if ($util.Long)
                            message.selfPayFen = $util.Long.fromValue(object.selfPayFen, false);
                        else if (typeof object.selfPayFen === "string")
                            message.selfPayFen = $parseInt(object.selfPayFen, 10);
                        else if (typeof object.selfPayFen === "number")
                            message.selfPayFen = object.selfPayFen;
                        else if (typeof object.selfPayFen === "object")
                            message.selfPayFen = new $util.LongBits(object.selfPayFen.low >>> 0, object.selfPayFen.high >>> 0).toNumber();
                if (object.overCapFen != null)
                    if (typeof object.overCapFen === "object" ? object.overCapFen.low || object.overCapFen.high : $Number(object.overCapFen) !== 0)
                        if ($util.Long)
                            message.overCapFen = $util.Long.fromValue(object.overCapFen, false);
                        else if (typeof object.overCapFen === "string")
                            message.overCapFen = $parseInt(object.overCapFen, 10);
                        else if (typeof object.overCapFen === "number")
                            message.overCapFen = object.overCapFen;
                        else if (typeof object.overCapFen === "object")
                            message.overCapFen = new $util.LongBits(object.overCapFen.low >>> 0, object.overCapFen.high >>> 0).toNumber();
                if (object.classBFirstFen != null)
                    if (typeof object.classBFirstFen === "object" ? object.classBFirstFen.low || object.classBFirstFen.high : $Number(object.classBFirstFen) !== 0)
                        if ($util.Long)
                            message.classBFirstFen = $util.Long.fromValue(object.classBFirstFen, false);
                        else if (typeof object.classBFirstFen === "string")
                            message.classBFirstFen = $parseInt(object.classBFirstFen, 10);
                        else if (typeof object.classBFirstFen === "number")
                            message.classBFirstFen = object.classBFirstFen;
                        else if (typeof object.classBFirstFen === "object")
                            message.classBFirstFen = new $util.LongBits(object.classBFirstFen.low >>> 0, object.classBFirstFen.high >>> 0).toNumber();
                if (object.inPolicyFen != null)
                    if (typeof object.inPolicyFen === "object" ? object.inPolicyFen.low || object.inPolicyFen.high : $Number(object.inPolicyFen) !== 0)
                        if ($util.Long)
                            message.inPolicyFen = $util.Long.fromValue(object.inPolicyFen, false);
                        else if (typeof object.inPolicyFen === "string")
                            message.inPolicyFen = $parseInt(object.inPolicyFen, 10);
                        else if (typeof object.inPolicyFen === "number")
                            message.inPolicyFen = object.inPolicyFen;
                        else if (typeof object.inPolicyFen === "object")
                            message.inPolicyFen = new $util.LongBits(object.inPolicyFen.low >>> 0, object.inPolicyFen.high >>> 0).toNumber();
                if (object.deductiblePaidFen != null)
                    if (typeof object.deductiblePaidFen === "object" ? object.deductiblePaidFen.low || object.deductiblePaidFen.high : $Number(object.deductiblePaidFen) !== 0)
                        if ($util.Long)
                            message.deductiblePaidFen = $util.Long.fromValue(object.deductiblePaidFen, false);
                        else if (typeof object.deductiblePaidFen === "string")
                            message.deductiblePaidFen = $parseInt(object.deductiblePaidFen, 10);
                        else if (typeof object.deductiblePaidFen === "number")
                            message.deductiblePaidFen = object.deductiblePaidFen;
                        else if (typeof object.deductiblePaidFen === "object")
                            message.deductiblePaidFen = new $util.LongBits(object.deductiblePaidFen.low >>> 0, object.deductiblePaidFen.high >>> 0).toNumber();
                if (object.poolPaidFen != null)
                    if (typeof object.poolPaidFen === "object" ? object.poolPaidFen.low || object.poolPaidFen.high : $Number(object.poolPaidFen) !== 0)
                        if ($util.Long)
                            message.poolPaidFen = $util.Long.fromValue(object.poolPaidFen, false);
                        else if (typeof object.poolPaidFen === "string")
                            message.poolPaidFen = $parseInt(object.poolPaidFen, 10);
                        else if (typeof object.poolPaidFen === "number")
                            message.poolPaidFen = object.poolPaidFen;
                        else if (typeof object.poolPaidFen === "object")
                            message.poolPaidFen = new $util.LongBits(object.poolPaidFen.low >>> 0, object.poolPaidFen.high >>> 0).toNumber();
                if (object.largeAmountPaidFen != null)
                    if (typeof object.largeAmountPaidFen === "object" ? object.largeAmountPaidFen.low || object.largeAmountPaidFen.high : $Number(object.largeAmountPaidFen) !== 0)
                        if ($util.Long)
                            message.largeAmountPaidFen = $util.Long.fromValue(object.largeAmountPaidFen, false);
                        else if (typeof object.largeAmountPaidFen === "string")
                            message.largeAmountPaidFen = $parseInt(object.largeAmountPaidFen, 10);
                        else if (typeof object.largeAmountPaidFen === "number")
                            message.largeAmountPaidFen = object.largeAmountPaidFen;
                        else if (typeof object.largeAmountPaidFen === "object")
                            message.largeAmountPaidFen = new $util.LongBits(object.largeAmountPaidFen.low >>> 0, object.largeAmountPaidFen.high >>> 0).toNumber();
                if (object.fundTotalFen != null)
                    if (typeof object.fundTotalFen === "object" ? object.fundTotalFen.low || object.fundTotalFen.high : $Number(object.fundTotalFen) !== 0)
                        if ($util.Long)
                            message.fundTotalFen = $util.Long.fromValue(object.fundTotalFen, false);
                        else if (typeof object.fundTotalFen === "string")
                            message.fundTotalFen = $parseInt(object.fundTotalFen, 10);
                        else if (typeof object.fundTotalFen === "number")
                            message.fundTotalFen = object.fundTotalFen;
                        else if (typeof object.fundTotalFen === "object")
                            message.fundTotalFen = new $util.LongBits(object.fundTotalFen.low >>> 0, object.fundTotalFen.high >>> 0).toNumber();
                if (object.personPartFen != null)
                    if (typeof object.personPartFen === "object" ? object.personPartFen.low || object.personPartFen.high : $Number(object.personPartFen) !== 0)
                        if ($util.Long)
                            message.personPartFen = $util.Long.fromValue(object.personPartFen, false);
                        else if (typeof object.personPartFen === "string")
                            message.personPartFen = $parseInt(object.personPartFen, 10);
                        else if (typeof object.personPartFen === "number")
                            message.personPartFen = object.personPartFen;
                        else if (typeof object.personPartFen === "object")
                            message.personPartFen = new $util.LongBits(object.personPartFen.low >>> 0, object.personPartFen.high >>> 0).toNumber();
                if (object.accountPaidFen != null)
                    if (typeof object.accountPaidFen === "object" ? object.accountPaidFen.low || object.accountPaidFen.high : $Number(object.accountPaidFen) !== 0)
                        if ($util.Long)
                            message.accountPaidFen = $util.Long.fromValue(object.accountPaidFen, false);
                        else if (typeof object.accountPaidFen === "string")
                            message.accountPaidFen = $parseInt(object.accountPaidFen, 10);
                        else if (typeof object.accountPaidFen === "number")
                            message.accountPaidFen = object.accountPaidFen;
                        else if (typeof object.accountPaidFen === "object")
                            message.accountPaidFen = new $util.LongBits(object.accountPaidFen.low >>> 0, object.accountPaidFen.high >>> 0).toNumber();
                if (object.cashFen != null)
                    if (typeof object.cashFen === "object" ? object.cashFen.low || object.cashFen.high : $Number(object.cashFen) !== 0)
                        if ($util.Long)
                            message.cashFen = $util.Long.fromValue(object.cashFen, false);
                        else if (typeof object.cashFen === "string")
                            message.cashFen = $parseInt(object.cashFen, 10);
                        else if (typeof object.cashFen === "number")
                            message.cashFen = object.cashFen;
                        else if (typeof object.cashFen === "object")
                            message.cashFen = new $util.LongBits(object.cashFen.low >>> 0, object.cashFen.high >>> 0).toNumber();
                if (object.familyAccountPaidFen != null)
                    if (typeof object.familyAccountPaidFen === "object" ? object.familyAccountPaidFen.low || object.familyAccountPaidFen.high : $Number(object.familyAccountPaidFen) !== 0)
                        if ($util.Long)
                            message.familyAccountPaidFen = $util.Long.fromValue(object.familyAccountPaidFen, false);
                        else if (typeof object.familyAccountPaidFen === "string")
                            message.familyAccountPaidFen = $parseInt(object.familyAccountPaidFen, 10);
                        else if (typeof object.familyAccountPaidFen === "number")
                            message.familyAccountPaidFen = object.familyAccountPaidFen;
                        else if (typeof object.familyAccountPaidFen === "object")
                            message.familyAccountPaidFen = new $util.LongBits(object.familyAccountPaidFen.low >>> 0, object.familyAccountPaidFen.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Split message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.Split
             * @static
             * @param {ssc.v1.Split} message Split
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Split.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.totalFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.totalFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.selfPayFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.selfPayFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.overCapFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.overCapFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.classBFirstFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.classBFirstFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.inPolicyFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.inPolicyFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.deductiblePaidFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.deductiblePaidFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.poolPaidFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.poolPaidFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.largeAmountPaidFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.largeAmountPaidFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.fundTotalFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.fundTotalFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.personPartFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.personPartFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.accountPaidFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.accountPaidFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.cashFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cashFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.familyAccountPaidFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.familyAccountPaidFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.totalFen != null && $Object.hasOwnProperty.call(message, "totalFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.totalFen = typeof message.totalFen === "number" ? $BigInt(message.totalFen) : $util.Long.fromBits(message.totalFen.low >>> 0, message.totalFen.high >>> 0, false).toBigInt();
                    else if (typeof message.totalFen === "number")
                        object.totalFen = options.longs === $String ? $String(message.totalFen) : message.totalFen;
                    else
                        object.totalFen = options.longs === $String ? $util.Long.prototype.toString.call(message.totalFen) : options.longs === $Number ? new $util.LongBits(message.totalFen.low >>> 0, message.totalFen.high >>> 0).toNumber() : message.totalFen;
                if (message.selfPayFen != null && $Object.hasOwnProperty.call(message, "selfPayFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.selfPayFen = typeof message.selfPayFen === "number" ? $BigInt(message.selfPayFen) : $util.Long.fromBits(message.selfPayFen.low >>> 0, message.selfPayFen.high >>> 0, false).toBigInt();
                    else if (typeof message.selfPayFen === "number")
                        object.selfPayFen = options.longs === $String ? $String(message.selfPayFen) : message.selfPayFen;
                    else
                        object.selfPayFen = options.longs === $String ? $util.Long.prototype.toString.call(message.selfPayFen) : options.longs === $Number ? new $util.LongBits(message.selfPayFen.low >>> 0, message.selfPayFen.high >>> 0).toNumber() : message.selfPayFen;
                if (message.overCapFen != null && $Object.hasOwnProperty.call(message, "overCapFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.overCapFen = typeof message.overCapFen === "number" ? $BigInt(message.overCapFen) : $util.Long.fromBits(message.overCapFen.low >>> 0, message.overCapFen.high >>> 0, false).toBigInt();
                    else if (typeof message.overCapFen === "number")
                        object.overCapFen = options.longs === $String ? $String(message.overCapFen) : message.overCapFen;
                    else
                        object.overCapFen = options.longs === $String ? $util.Long.prototype.toString.call(message.overCapFen) : options.longs === $Number ? new $util.LongBits(message.overCapFen.low >>> 0, message.overCapFen.high >>> 0).toNumber() : message.overCapFen;
                if (message.classBFirstFen != null && $Object.hasOwnProperty.call(message, "classBFirstFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.classBFirstFen = typeof message.classBFirstFen === "number" ? $BigInt(message.classBFirstFen) : $util.Long.fromBits(message.classBFirstFen.low >>> 0, message.classBFirstFen.high >>> 0, false).toBigInt();
                    else if (typeof message.classBFirstFen === "number")
                        object.classBFirstFen = options.longs === $String ? $String(message.classBFirstFen) : message.classBFirstFen;
                    else
                        object.classBFirstFen = options.longs === $String ? $util.Long.prototype.toString.call(message.classBFirstFen) : options.longs === $Number ? new $util.LongBits(message.classBFirstFen.low >>> 0, message.classBFirstFen.high >>> 0).toNumber() : message.classBFirstFen;
                if (message.inPolicyFen != null && $Object.hasOwnProperty.call(message, "inPolicyFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.inPolicyFen = typeof message.inPolicyFen === "number" ? $BigInt(message.inPolicyFen) : $util.Long.fromBits(message.inPolicyFen.low >>> 0, message.inPolicyFen.high >>> 0, false).toBigInt();
                    else if (typeof message.inPolicyFen === "number")
                        object.inPolicyFen = options.longs === $String ? $String(message.inPolicyFen) : message.inPolicyFen;
                    else
                        object.inPolicyFen = options.longs === $String ? $util.Long.prototype.toString.call(message.inPolicyFen) : options.longs === $Number ? new $util.LongBits(message.inPolicyFen.low >>> 0, message.inPolicyFen.high >>> 0).toNumber() : message.inPolicyFen;
                if (message.deductiblePaidFen != null && $Object.hasOwnProperty.call(message, "deductiblePaidFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.deductiblePaidFen = typeof message.deductiblePaidFen === "number" ? $BigInt(message.deductiblePaidFen) : $util.Long.fromBits(message.deductiblePaidFen.low >>> 0, message.deductiblePaidFen.high >>> 0, false).toBigInt();
                    else if (typeof message.deductiblePaidFen === "number")
                        object.deductiblePaidFen = options.longs === $String ? $String(message.deductiblePaidFen) : message.deductiblePaidFen;
                    else
                        object.deductiblePaidFen = options.longs === $String ? $util.Long.prototype.toString.call(message.deductiblePaidFen) : options.longs === $Number ? new $util.LongBits(message.deductiblePaidFen.low >>> 0, message.deductiblePaidFen.high >>> 0).toNumber() : message.deductiblePaidFen;
                if (message.poolPaidFen != null && $Object.hasOwnProperty.call(message, "poolPaidFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.poolPaidFen = typeof message.poolPaidFen === "number" ? $BigInt(message.poolPaidFen) : $util.Long.fromBits(message.poolPaidFen.low >>> 0, message.poolPaidFen.high >>> 0, false).toBigInt();
                    else if (typeof message.poolPaidFen === "number")
                        object.poolPaidFen = options.longs === $String ? $String(message.poolPaidFen) : message.poolPaidFen;
                    else
                        object.poolPaidFen = options.longs === $String ? $util.Long.prototype.toString.call(message.poolPaidFen) : options.longs === $Number ? new $util.LongBits(message.poolPaidFen.low >>> 0, message.poolPaidFen.high >>> 0).toNumber() : message.poolPaidFen;
                if (message.largeAmountPaidFen != null && $Object.hasOwnProperty.call(message, "largeAmountPaidFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.largeAmountPaidFen = typeof message.largeAmountPaidFen === "number" ? $BigInt(message.largeAmountPaidFen) : $util.Long.fromBits(message.largeAmountPaidFen.low >>> 0, message.largeAmountPaidFen.high >>> 0, false).toBigInt();
                    else if (typeof message.largeAmountPaidFen === "number")
                        object.largeAmountPaidFen = options.longs === $String ? $String(message.largeAmountPaidFen) : message.largeAmountPaidFen;
                    else
                        object.largeAmountPaidFen = options.longs === $String ? $util.Long.prototype.toString.call(message.largeAmountPaidFen) : options.longs === $Number ? new $util.LongBits(message.largeAmountPaidFen.low >>> 0, message.largeAmountPaidFen.high >>> 0).toNumber() : message.largeAmountPaidFen;
                if (message.fundTotalFen != null && $Object.hasOwnProperty.call(message, "fundTotalFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.fundTotalFen = typeof message.fundTotalFen === "number" ? $BigInt(message.fundTotalFen) : $util.Long.fromBits(message.fundTotalFen.low >>> 0, message.fundTotalFen.high >>> 0, false).toBigInt();
                    else if (typeof message.fundTotalFen === "number")
                        object.fundTotalFen = options.longs === $String ? $String(message.fundTotalFen) : message.fundTotalFen;
                    else
                        object.fundTotalFen = options.longs === $String ? $util.Long.prototype.toString.call(message.fundTotalFen) : options.longs === $Number ? new $util.LongBits(message.fundTotalFen.low >>> 0, message.fundTotalFen.high >>> 0).toNumber() : message.fundTotalFen;
                if (message.personPartFen != null && $Object.hasOwnProperty.call(message, "personPartFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.personPartFen = typeof message.personPartFen === "number" ? $BigInt(message.personPartFen) : $util.Long.fromBits(message.personPartFen.low >>> 0, message.personPartFen.high >>> 0, false).toBigInt();
                    else if (typeof message.personPartFen === "number")
                        object.personPartFen = options.longs === $String ? $String(message.personPartFen) : message.personPartFen;
                    else
                        object.personPartFen = options.longs === $String ? $util.Long.prototype.toString.call(message.personPartFen) : options.longs === $Number ? new $util.LongBits(message.personPartFen.low >>> 0, message.personPartFen.high >>> 0).toNumber() : message.personPartFen;
                if (message.accountPaidFen != null && $Object.hasOwnProperty.call(message, "accountPaidFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.accountPaidFen = typeof message.accountPaidFen === "number" ? $BigInt(message.accountPaidFen) : $util.Long.fromBits(message.accountPaidFen.low >>> 0, message.accountPaidFen.high >>> 0, false).toBigInt();
                    else if (typeof message.accountPaidFen === "number")
                        object.accountPaidFen = options.longs === $String ? $String(message.accountPaidFen) : message.accountPaidFen;
                    else
                        object.accountPaidFen = options.longs === $String ? $util.Long.prototype.toString.call(message.accountPaidFen) : options.longs === $Number ? new $util.LongBits(message.accountPaidFen.low >>> 0, message.accountPaidFen.high >>> 0).toNumber() : message.accountPaidFen;
                if (message.cashFen != null && $Object.hasOwnProperty.call(message, "cashFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cashFen = typeof message.cashFen === "number" ? $BigInt(message.cashFen) : $util.Long.fromBits(message.cashFen.low >>> 0, message.cashFen.high >>> 0, false).toBigInt();
                    else if (typeof message.cashFen === "number")
                        object.cashFen = options.longs === $String ? $String(message.cashFen) : message.cashFen;
                    else
                        object.cashFen = options.longs === $String ? $util.Long.prototype.toString.call(message.cashFen) : options.longs === $Number ? new $util.LongBits(message.cashFen.low >>> 0, message.cashFen.high >>> 0).toNumber() : message.cashFen;
                if (message.familyAccountPaidFen != null && $Object.hasOwnProperty.call(message, "familyAccountPaidFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.familyAccountPaidFen = typeof message.familyAccountPaidFen === "number" ? $BigInt(message.familyAccountPaidFen) : $util.Long.fromBits(message.familyAccountPaidFen.low >>> 0, message.familyAccountPaidFen.high >>> 0, false).toBigInt();
                    else if (typeof message.familyAccountPaidFen === "number")
                        object.familyAccountPaidFen = options.longs === $String ? $String(message.familyAccountPaidFen) : message.familyAccountPaidFen;
                    else
                        object.familyAccountPaidFen = options.longs === $String ? $util.Long.prototype.toString.call(message.familyAccountPaidFen) : options.longs === $Number ? new $util.LongBits(message.familyAccountPaidFen.low >>> 0, message.familyAccountPaidFen.high >>> 0).toNumber() : message.familyAccountPaidFen;
                return object;
            };

            /**
             * Converts this Split to JSON.
             * @function toJSON
             * @memberof ssc.v1.Split
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Split.prototype.toJSON = function() {
                return Split.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Split;
        })();

        v1.LineSplit = (function() {

            /**
             * Properties of a LineSplit.
             * @typedef {Object} ssc.v1.LineSplit.$Properties
             * @property {number|null} [lineNo] LineSplit lineNo
             * @property {ssc.v1.CatalogueClass|null} [catalogueClass] LineSplit catalogueClass
             * @property {string|null} [lineReason] LineSplit lineReason
             * @property {number|Long|null} [selfPayFen] LineSplit selfPayFen
             * @property {number|Long|null} [overCapFen] LineSplit overCapFen
             * @property {number|Long|null} [classBFirstFen] LineSplit classBFirstFen
             * @property {number|Long|null} [inPolicyFen] LineSplit inPolicyFen
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LineSplit.
             * @memberof ssc.v1
             * @interface ILineSplit
             * @augments ssc.v1.LineSplit.$Properties
             * @deprecated Use ssc.v1.LineSplit.$Properties instead.
             */

            /**
             * Shape of a LineSplit.
             * @typedef {ssc.v1.LineSplit.$Properties} ssc.v1.LineSplit.$Shape
             */

            /**
             * Constructs a new LineSplit.
             * @memberof ssc.v1
             * @classdesc Represents a LineSplit.
             * @constructor
             * @param {ssc.v1.LineSplit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LineSplit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LineSplit lineNo.
             * @member {number} lineNo
             * @memberof ssc.v1.LineSplit
             * @instance
             */
            LineSplit.prototype.lineNo = 0;

            /**
             * LineSplit catalogueClass.
             * @member {ssc.v1.CatalogueClass} catalogueClass
             * @memberof ssc.v1.LineSplit
             * @instance
             */
            LineSplit.prototype.catalogueClass = 0;

            /**
             * LineSplit lineReason.
             * @member {string} lineReason
             * @memberof ssc.v1.LineSplit
             * @instance
             */
            LineSplit.prototype.lineReason = "";

            /**
             * LineSplit selfPayFen.
             * @member {number|Long} selfPayFen
             * @memberof ssc.v1.LineSplit
             * @instance
             */
            LineSplit.prototype.selfPayFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LineSplit overCapFen.
             * @member {number|Long} overCapFen
             * @memberof ssc.v1.LineSplit
             * @instance
             */
            LineSplit.prototype.overCapFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LineSplit classBFirstFen.
             * @member {number|Long} classBFirstFen
             * @memberof ssc.v1.LineSplit
             * @instance
             */
            LineSplit.prototype.classBFirstFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LineSplit inPolicyFen.
             * @member {number|Long} inPolicyFen
             * @memberof ssc.v1.LineSplit
             * @instance
             */
            LineSplit.prototype.inPolicyFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified LineSplit message. Does not implicitly {@link ssc.v1.LineSplit.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.LineSplit
             * @static
             * @param {ssc.v1.LineSplit.$Properties} message LineSplit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LineSplit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.lineNo != null && $Object.hasOwnProperty.call(message, "lineNo") && message.lineNo !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.lineNo);
                if (message.catalogueClass != null && $Object.hasOwnProperty.call(message, "catalogueClass") && message.catalogueClass !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.catalogueClass);
                if (message.lineReason != null && $Object.hasOwnProperty.call(message, "lineReason") && message.lineReason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.lineReason);
                if (message.selfPayFen != null && $Object.hasOwnProperty.call(message, "selfPayFen") && (typeof message.selfPayFen === "object" ? message.selfPayFen.low || message.selfPayFen.high : message.selfPayFen !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.selfPayFen);
                if (message.overCapFen != null && $Object.hasOwnProperty.call(message, "overCapFen") && (typeof message.overCapFen === "object" ? message.overCapFen.low || message.overCapFen.high : message.overCapFen !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.overCapFen);
                if (message.classBFirstFen != null && $Object.hasOwnProperty.call(message, "classBFirstFen") && (typeof message.classBFirstFen === "object" ? message.classBFirstFen.low || message.classBFirstFen.high : message.classBFirstFen !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.classBFirstFen);
                if (message.inPolicyFen != null && $Object.hasOwnProperty.call(message, "inPolicyFen") && (typeof message.inPolicyFen === "object" ? message.inPolicyFen.low || message.inPolicyFen.high : message.inPolicyFen !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.inPolicyFen);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LineSplit message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.LineSplit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.LineSplit & ssc.v1.LineSplit.$Shape} LineSplit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LineSplit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.LineSplit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lineNo = value;
                            else
                                delete message.lineNo;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.catalogueClass = value;
                            else
                                delete message.catalogueClass;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.lineReason = value;
                            else
                                delete message.lineReason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.selfPayFen = value;
                            else
                                delete message.selfPayFen;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.overCapFen = value;
                            else
                                delete message.overCapFen;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.classBFirstFen = value;
                            else
                                delete message.classBFirstFen;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.inPolicyFen = value;
                            else
                                delete message.inPolicyFen;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a LineSplit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.LineSplit
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.LineSplit} LineSplit
             */
            LineSplit.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.LineSplit)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.LineSplit: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.LineSplit();
                if (object.lineNo != null)
                    if ($Number(object.lineNo) !== 0)
                        message.lineNo = object.lineNo >>> 0;
                if (object.catalogueClass !== 0 && (typeof object.catalogueClass !== "string" || $root.ssc.v1.CatalogueClass[object.catalogueClass] !== 0))
                    switch (object.catalogueClass) {
                    case "CATALOGUE_CLASS_UNSPECIFIED":
                    case 0:
                        message.catalogueClass = 0;
                        break;
                    case "CATALOGUE_CLASS_A":
                    case 1:
                        message.catalogueClass = 1;
                        break;
                    case "CATALOGUE_CLASS_B":
                    case 2:
                        message.catalogueClass = 2;
                        break;
                    case "CATALOGUE_CLASS_SELF_PAY":
                    case 3:
                        message.catalogueClass = 3;
                        break;
                    default:
                        if (typeof object.catalogueClass === "number" && (object.catalogueClass | 0) === object.catalogueClass)
                            message.catalogueClass = object.catalogueClass;
                    }
                if (object.lineReason != null)
                    if (typeof object.lineReason !== "string" || object.lineReason.length)
                        message.lineReason = $String(object.lineReason);
                if (object.selfPayFen != null)
                    if (typeof object.selfPayFen === "object" ? object.selfPayFen.low || object.selfPayFen.high : $Number(object.selfPayFen) !== 0)
                        if ($util.Long)
                            message.selfPayFen = $util.Long.fromValue(object.selfPayFen, false);
                        else if (typeof object.selfPayFen === "string")
                            message.selfPayFen = $parseInt(object.selfPayFen, 10);
                        else if (typeof object.selfPayFen === "number")
                            message.selfPayFen = object.selfPayFen;
                        else if (typeof object.selfPayFen === "object")
                            message.selfPayFen = new $util.LongBits(object.selfPayFen.low >>> 0, object.selfPayFen.high >>> 0).toNumber();
                if (object.overCapFen != null)
                    if (typeof object.overCapFen === "object" ? object.overCapFen.low || object.overCapFen.high : $Number(object.overCapFen) !== 0)
                        if ($util.Long)
                            message.overCapFen = $util.Long.fromValue(object.overCapFen, false);
                        else if (typeof object.overCapFen === "string")
                            message.overCapFen = $parseInt(object.overCapFen, 10);
                        else if (typeof object.overCapFen === "number")
                            message.overCapFen = object.overCapFen;
                        else if (typeof object.overCapFen === "object")
                            message.overCapFen = new $util.LongBits(object.overCapFen.low >>> 0, object.overCapFen.high >>> 0).toNumber();
                if (object.classBFirstFen != null)
                    if (typeof object.classBFirstFen === "object" ? object.classBFirstFen.low || object.classBFirstFen.high : $Number(object.classBFirstFen) !== 0)
                        if ($util.Long)
                            message.classBFirstFen = $util.Long.fromValue(object.classBFirstFen, false);
                        else if (typeof object.classBFirstFen === "string")
                            message.classBFirstFen = $parseInt(object.classBFirstFen, 10);
                        else if (typeof object.classBFirstFen === "number")
                            message.classBFirstFen = object.classBFirstFen;
                        else if (typeof object.classBFirstFen === "object")
                            message.classBFirstFen = new $util.LongBits(object.classBFirstFen.low >>> 0, object.classBFirstFen.high >>> 0).toNumber();
                if (object.inPolicyFen != null)
                    if (typeof object.inPolicyFen === "object" ? object.inPolicyFen.low || object.inPolicyFen.high : $Number(object.inPolicyFen) !== 0)
                        if ($util.Long)
                            message.inPolicyFen = $util.Long.fromValue(object.inPolicyFen, false);
                        else if (typeof object.inPolicyFen === "string")
                            message.inPolicyFen = $parseInt(object.inPolicyFen, 10);
                        else if (typeof object.inPolicyFen === "number")
                            message.inPolicyFen = object.inPolicyFen;
                        else if (typeof object.inPolicyFen === "object")
                            message.inPolicyFen = new $util.LongBits(object.inPolicyFen.low >>> 0, object.inPolicyFen.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a LineSplit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.LineSplit
             * @static
             * @param {ssc.v1.LineSplit} message LineSplit
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LineSplit.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.lineNo = 0;
                    object.catalogueClass = options.enums === $String ? "CATALOGUE_CLASS_UNSPECIFIED" : 0;
                    object.lineReason = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.selfPayFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.selfPayFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.overCapFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.overCapFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.classBFirstFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.classBFirstFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.inPolicyFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.inPolicyFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.lineNo != null && $Object.hasOwnProperty.call(message, "lineNo"))
                    object.lineNo = message.lineNo;
                if (message.catalogueClass != null && $Object.hasOwnProperty.call(message, "catalogueClass"))
                    object.catalogueClass = options.enums === $String ? $root.ssc.v1.CatalogueClass[message.catalogueClass] === $undefined ? message.catalogueClass : $root.ssc.v1.CatalogueClass[message.catalogueClass] : message.catalogueClass;
                if (message.lineReason != null && $Object.hasOwnProperty.call(message, "lineReason"))
                    object.lineReason = message.lineReason;
                if (message.selfPayFen != null && $Object.hasOwnProperty.call(message, "selfPayFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.selfPayFen = typeof message.selfPayFen === "number" ? $BigInt(message.selfPayFen) : $util.Long.fromBits(message.selfPayFen.low >>> 0, message.selfPayFen.high >>> 0, false).toBigInt();
                    else if (typeof message.selfPayFen === "number")
                        object.selfPayFen = options.longs === $String ? $String(message.selfPayFen) : message.selfPayFen;
                    else
                        object.selfPayFen = options.longs === $String ? $util.Long.prototype.toString.call(message.selfPayFen) : options.longs === $Number ? new $util.LongBits(message.selfPayFen.low >>> 0, message.selfPayFen.high >>> 0).toNumber() : message.selfPayFen;
                if (message.overCapFen != null && $Object.hasOwnProperty.call(message, "overCapFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.overCapFen = typeof message.overCapFen === "number" ? $BigInt(message.overCapFen) : $util.Long.fromBits(message.overCapFen.low >>> 0, message.overCapFen.high >>> 0, false).toBigInt();
                    else if (typeof message.overCapFen === "number")
                        object.overCapFen = options.longs === $String ? $String(message.overCapFen) : message.overCapFen;
                    else
                        object.overCapFen = options.longs === $String ? $util.Long.prototype.toString.call(message.overCapFen) : options.longs === $Number ? new $util.LongBits(message.overCapFen.low >>> 0, message.overCapFen.high >>> 0).toNumber() : message.overCapFen;
                if (message.classBFirstFen != null && $Object.hasOwnProperty.call(message, "classBFirstFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.classBFirstFen = typeof message.classBFirstFen === "number" ? $BigInt(message.classBFirstFen) : $util.Long.fromBits(message.classBFirstFen.low >>> 0, message.classBFirstFen.high >>> 0, false).toBigInt();
                    else if (typeof message.classBFirstFen === "number")
                        object.classBFirstFen = options.longs === $String ? $String(message.classBFirstFen) : message.classBFirstFen;
                    else
                        object.classBFirstFen = options.longs === $String ? $util.Long.prototype.toString.call(message.classBFirstFen) : options.longs === $Number ? new $util.LongBits(message.classBFirstFen.low >>> 0, message.classBFirstFen.high >>> 0).toNumber() : message.classBFirstFen;
                if (message.inPolicyFen != null && $Object.hasOwnProperty.call(message, "inPolicyFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.inPolicyFen = typeof message.inPolicyFen === "number" ? $BigInt(message.inPolicyFen) : $util.Long.fromBits(message.inPolicyFen.low >>> 0, message.inPolicyFen.high >>> 0, false).toBigInt();
                    else if (typeof message.inPolicyFen === "number")
                        object.inPolicyFen = options.longs === $String ? $String(message.inPolicyFen) : message.inPolicyFen;
                    else
                        object.inPolicyFen = options.longs === $String ? $util.Long.prototype.toString.call(message.inPolicyFen) : options.longs === $Number ? new $util.LongBits(message.inPolicyFen.low >>> 0, message.inPolicyFen.high >>> 0).toNumber() : message.inPolicyFen;
                return object;
            };

            /**
             * Converts this LineSplit to JSON.
             * @function toJSON
             * @memberof ssc.v1.LineSplit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LineSplit.prototype.toJSON = function() {
                return LineSplit.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LineSplit;
        })();

        v1.Accumulators = (function() {

            /**
             * Properties of an Accumulators.
             * @typedef {Object} ssc.v1.Accumulators.$Properties
             * @property {number|null} [medicalYear] Accumulators medicalYear
             * @property {number|Long|null} [deductiblePaidFen] Accumulators deductiblePaidFen
             * @property {number|Long|null} [poolPaidFen] Accumulators poolPaidFen
             * @property {number|Long|null} [largeAmountPaidFen] Accumulators largeAmountPaidFen
             * @property {number|Long|null} [selfPaySegmentUsedFen] Accumulators selfPaySegmentUsedFen
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Accumulators.
             * @memberof ssc.v1
             * @interface IAccumulators
             * @augments ssc.v1.Accumulators.$Properties
             * @deprecated Use ssc.v1.Accumulators.$Properties instead.
             */

            /**
             * Shape of an Accumulators.
             * @typedef {ssc.v1.Accumulators.$Properties} ssc.v1.Accumulators.$Shape
             */

            /**
             * Constructs a new Accumulators.
             * @memberof ssc.v1
             * @classdesc Represents an Accumulators.
             * @constructor
             * @param {ssc.v1.Accumulators.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Accumulators = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Accumulators medicalYear.
             * @member {number} medicalYear
             * @memberof ssc.v1.Accumulators
             * @instance
             */
            Accumulators.prototype.medicalYear = 0;

            /**
             * Accumulators deductiblePaidFen.
             * @member {number|Long} deductiblePaidFen
             * @memberof ssc.v1.Accumulators
             * @instance
             */
            Accumulators.prototype.deductiblePaidFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Accumulators poolPaidFen.
             * @member {number|Long} poolPaidFen
             * @memberof ssc.v1.Accumulators
             * @instance
             */
            Accumulators.prototype.poolPaidFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Accumulators largeAmountPaidFen.
             * @member {number|Long} largeAmountPaidFen
             * @memberof ssc.v1.Accumulators
             * @instance
             */
            Accumulators.prototype.largeAmountPaidFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Accumulators selfPaySegmentUsedFen.
             * @member {number|Long} selfPaySegmentUsedFen
             * @memberof ssc.v1.Accumulators
             * @instance
             */
            Accumulators.prototype.selfPaySegmentUsedFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified Accumulators message. Does not implicitly {@link ssc.v1.Accumulators.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.Accumulators
             * @static
             * @param {ssc.v1.Accumulators.$Properties} message Accumulators message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Accumulators.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.medicalYear != null && $Object.hasOwnProperty.call(message, "medicalYear") && message.medicalYear !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.medicalYear);
                if (message.deductiblePaidFen != null && $Object.hasOwnProperty.call(message, "deductiblePaidFen") && (typeof message.deductiblePaidFen === "object" ? message.deductiblePaidFen.low || message.deductiblePaidFen.high : message.deductiblePaidFen !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.deductiblePaidFen);
                if (message.poolPaidFen != null && $Object.hasOwnProperty.call(message, "poolPaidFen") && (typeof message.poolPaidFen === "object" ? message.poolPaidFen.low || message.poolPaidFen.high : message.poolPaidFen !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.poolPaidFen);
                if (message.largeAmountPaidFen != null && $Object.hasOwnProperty.call(message, "largeAmountPaidFen") && (typeof message.largeAmountPaidFen === "object" ? message.largeAmountPaidFen.low || message.largeAmountPaidFen.high : message.largeAmountPaidFen !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.largeAmountPaidFen);
                if (message.selfPaySegmentUsedFen != null && $Object.hasOwnProperty.call(message, "selfPaySegmentUsedFen") && (typeof message.selfPaySegmentUsedFen === "object" ? message.selfPaySegmentUsedFen.low || message.selfPaySegmentUsedFen.high : message.selfPaySegmentUsedFen !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.selfPaySegmentUsedFen);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Accumulators message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.Accumulators
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.Accumulators & ssc.v1.Accumulators.$Shape} Accumulators
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Accumulators.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.Accumulators();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.medicalYear = value;
                            else
                                delete message.medicalYear;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.deductiblePaidFen = value;
                            else
                                delete message.deductiblePaidFen;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.poolPaidFen = value;
                            else
                                delete message.poolPaidFen;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.largeAmountPaidFen = value;
                            else
                                delete message.largeAmountPaidFen;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.selfPaySegmentUsedFen = value;
                            else
                                delete message.selfPaySegmentUsedFen;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Accumulators message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.Accumulators
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.Accumulators} Accumulators
             */
            Accumulators.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.Accumulators)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.Accumulators: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.Accumulators();
                if (object.medicalYear != null)
                    if ($Number(object.medicalYear) !== 0)
                        message.medicalYear = object.medicalYear >>> 0;
                if (object.deductiblePaidFen != null)
                    if (typeof object.deductiblePaidFen === "object" ? object.deductiblePaidFen.low || object.deductiblePaidFen.high : $Number(object.deductiblePaidFen) !== 0)
                        if ($util.Long)
                            message.deductiblePaidFen = $util.Long.fromValue(object.deductiblePaidFen, false);
                        else if (typeof object.deductiblePaidFen === "string")
                            message.deductiblePaidFen = $parseInt(object.deductiblePaidFen, 10);
                        else if (typeof object.deductiblePaidFen === "number")
                            message.deductiblePaidFen = object.deductiblePaidFen;
                        else if (typeof object.deductiblePaidFen === "object")
                            message.deductiblePaidFen = new $util.LongBits(object.deductiblePaidFen.low >>> 0, object.deductiblePaidFen.high >>> 0).toNumber();
                if (object.poolPaidFen != null)
                    if (typeof object.poolPaidFen === "object" ? object.poolPaidFen.low || object.poolPaidFen.high : $Number(object.poolPaidFen) !== 0)
                        if ($util.Long)
                            message.poolPaidFen = $util.Long.fromValue(object.poolPaidFen, false);
                        else if (typeof object.poolPaidFen === "string")
                            message.poolPaidFen = $parseInt(object.poolPaidFen, 10);
                        else if (typeof object.poolPaidFen === "number")
                            message.poolPaidFen = object.poolPaidFen;
                        else if (typeof object.poolPaidFen === "object")
                            message.poolPaidFen = new $util.LongBits(object.poolPaidFen.low >>> 0, object.poolPaidFen.high >>> 0).toNumber();
                if (object.largeAmountPaidFen != null)
                    if (typeof object.largeAmountPaidFen === "object" ? object.largeAmountPaidFen.low || object.largeAmountPaidFen.high : $Number(object.largeAmountPaidFen) !== 0)
                        if ($util.Long)
                            message.largeAmountPaidFen = $util.Long.fromValue(object.largeAmountPaidFen, false);
                        else if (typeof object.largeAmountPaidFen === "string")
                            message.largeAmountPaidFen = $parseInt(object.largeAmountPaidFen, 10);
                        else if (typeof object.largeAmountPaidFen === "number")
                            message.largeAmountPaidFen = object.largeAmountPaidFen;
                        else if (typeof object.largeAmountPaidFen === "object")
                            message.largeAmountPaidFen = new $util.LongBits(object.largeAmountPaidFen.low >>> 0, object.largeAmountPaidFen.high >>> 0).toNumber();
                if (object.selfPaySegmentUsedFen != null)
                    if (typeof object.selfPaySegmentUsedFen === "object" ? object.selfPaySegmentUsedFen.low || object.selfPaySegmentUsedFen.high : $Number(object.selfPaySegmentUsedFen) !== 0)
                        if ($util.Long)
                            message.selfPaySegmentUsedFen = $util.Long.fromValue(object.selfPaySegmentUsedFen, false);
                        else if (typeof object.selfPaySegmentUsedFen === "string")
                            message.selfPaySegmentUsedFen = $parseInt(object.selfPaySegmentUsedFen, 10);
                        else if (typeof object.selfPaySegmentUsedFen === "number")
                            message.selfPaySegmentUsedFen = object.selfPaySegmentUsedFen;
                        else if (typeof object.selfPaySegmentUsedFen === "object")
                            message.selfPaySegmentUsedFen = new $util.LongBits(object.selfPaySegmentUsedFen.low >>> 0, object.selfPaySegmentUsedFen.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from an Accumulators message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.Accumulators
             * @static
             * @param {ssc.v1.Accumulators} message Accumulators
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Accumulators.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.medicalYear = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.deductiblePaidFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.deductiblePaidFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.poolPaidFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.poolPaidFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.largeAmountPaidFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.largeAmountPaidFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.selfPaySegmentUsedFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.selfPaySegmentUsedFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.medicalYear != null && $Object.hasOwnProperty.call(message, "medicalYear"))
                    object.medicalYear = message.medicalYear;
                if (message.deductiblePaidFen != null && $Object.hasOwnProperty.call(message, "deductiblePaidFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.deductiblePaidFen = typeof message.deductiblePaidFen === "number" ? $BigInt(message.deductiblePaidFen) : $util.Long.fromBits(message.deductiblePaidFen.low >>> 0, message.deductiblePaidFen.high >>> 0, false).toBigInt();
                    else if (typeof message.deductiblePaidFen === "number")
                        object.deductiblePaidFen = options.longs === $String ? $String(message.deductiblePaidFen) : message.deductiblePaidFen;
                    else
                        object.deductiblePaidFen = options.longs === $String ? $util.Long.prototype.toString.call(message.deductiblePaidFen) : options.longs === $Number ? new $util.LongBits(message.deductiblePaidFen.low >>> 0, message.deductiblePaidFen.high >>> 0).toNumber() : message.deductiblePaidFen;
                if (message.poolPaidFen != null && $Object.hasOwnProperty.call(message, "poolPaidFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.poolPaidFen = typeof message.poolPaidFen === "number" ? $BigInt(message.poolPaidFen) : $util.Long.fromBits(message.poolPaidFen.low >>> 0, message.poolPaidFen.high >>> 0, false).toBigInt();
                    else if (typeof message.poolPaidFen === "number")
                        object.poolPaidFen = options.longs === $String ? $String(message.poolPaidFen) : message.poolPaidFen;
                    else
                        object.poolPaidFen = options.longs === $String ? $util.Long.prototype.toString.call(message.poolPaidFen) : options.longs === $Number ? new $util.LongBits(message.poolPaidFen.low >>> 0, message.poolPaidFen.high >>> 0).toNumber() : message.poolPaidFen;
                if (message.largeAmountPaidFen != null && $Object.hasOwnProperty.call(message, "largeAmountPaidFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.largeAmountPaidFen = typeof message.largeAmountPaidFen === "number" ? $BigInt(message.largeAmountPaidFen) : $util.Long.fromBits(message.largeAmountPaidFen.low >>> 0, message.largeAmountPaidFen.high >>> 0, false).toBigInt();
                    else if (typeof message.largeAmountPaidFen === "number")
                        object.largeAmountPaidFen = options.longs === $String ? $String(message.largeAmountPaidFen) : message.largeAmountPaidFen;
                    else
                        object.largeAmountPaidFen = options.longs === $String ? $util.Long.prototype.toString.call(message.largeAmountPaidFen) : options.longs === $Number ? new $util.LongBits(message.largeAmountPaidFen.low >>> 0, message.largeAmountPaidFen.high >>> 0).toNumber() : message.largeAmountPaidFen;
                if (message.selfPaySegmentUsedFen != null && $Object.hasOwnProperty.call(message, "selfPaySegmentUsedFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.selfPaySegmentUsedFen = typeof message.selfPaySegmentUsedFen === "number" ? $BigInt(message.selfPaySegmentUsedFen) : $util.Long.fromBits(message.selfPaySegmentUsedFen.low >>> 0, message.selfPaySegmentUsedFen.high >>> 0, false).toBigInt();
                    else if (typeof message.selfPaySegmentUsedFen === "number")
                        object.selfPaySegmentUsedFen = options.longs === $String ? $String(message.selfPaySegmentUsedFen) : message.selfPaySegmentUsedFen;
                    else
                        object.selfPaySegmentUsedFen = options.longs === $String ? $util.Long.prototype.toString.call(message.selfPaySegmentUsedFen) : options.longs === $Number ? new $util.LongBits(message.selfPaySegmentUsedFen.low >>> 0, message.selfPaySegmentUsedFen.high >>> 0).toNumber() : message.selfPaySegmentUsedFen;
                return object;
            };

            /**
             * Converts this Accumulators to JSON.
             * @function toJSON
             * @memberof ssc.v1.Accumulators
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Accumulators.prototype.toJSON = function() {
                return Accumulators.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Accumulators;
        })();

        v1.SettleReply = (function() {

            /**
             * Properties of a SettleReply.
             * @typedef {Object} ssc.v1.SettleReply.$Properties
             * @property {ssc.v1.Outcome.$Properties|null} [outcome] SettleReply outcome
             * @property {ssc.v1.PersonSummary.$Properties|null} [person] SettleReply person
             * @property {ssc.v1.Split.$Properties|null} [split] SettleReply split
             * @property {Array.<ssc.v1.LineSplit.$Properties>|null} [lines] SettleReply lines
             * @property {string|null} [settlementId] SettleReply settlementId
             * @property {number|Long|null} [accountBalanceAfterFen] SettleReply accountBalanceAfterFen
             * @property {string|null} [policyVersion] SettleReply policyVersion
             * @property {ssc.v1.Accumulators.$Properties|null} [accumulatorsAfter] SettleReply accumulatorsAfter
             * @property {string|null} [visitId] SettleReply visitId
             * @property {number|null} [budgetUs] SettleReply budgetUs
             * @property {ssc.v1.Timings.$Properties|null} [timings] SettleReply timings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SettleReply.
             * @memberof ssc.v1
             * @interface ISettleReply
             * @augments ssc.v1.SettleReply.$Properties
             * @deprecated Use ssc.v1.SettleReply.$Properties instead.
             */

            /**
             * Shape of a SettleReply.
             * @typedef {ssc.v1.SettleReply.$Properties} ssc.v1.SettleReply.$Shape
             */

            /**
             * Constructs a new SettleReply.
             * @memberof ssc.v1
             * @classdesc Represents a SettleReply.
             * @constructor
             * @param {ssc.v1.SettleReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SettleReply = function (properties) {
                this.lines = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SettleReply outcome.
             * @member {ssc.v1.Outcome.$Properties|null|undefined} outcome
             * @memberof ssc.v1.SettleReply
             * @instance
             */
            SettleReply.prototype.outcome = null;

            /**
             * SettleReply person.
             * @member {ssc.v1.PersonSummary.$Properties|null|undefined} person
             * @memberof ssc.v1.SettleReply
             * @instance
             */
            SettleReply.prototype.person = null;

            /**
             * SettleReply split.
             * @member {ssc.v1.Split.$Properties|null|undefined} split
             * @memberof ssc.v1.SettleReply
             * @instance
             */
            SettleReply.prototype.split = null;

            /**
             * SettleReply lines.
             * @member {Array.<ssc.v1.LineSplit.$Properties>} lines
             * @memberof ssc.v1.SettleReply
             * @instance
             */
            SettleReply.prototype.lines = $util.emptyArray;

            /**
             * SettleReply settlementId.
             * @member {string} settlementId
             * @memberof ssc.v1.SettleReply
             * @instance
             */
            SettleReply.prototype.settlementId = "";

            /**
             * SettleReply accountBalanceAfterFen.
             * @member {number|Long} accountBalanceAfterFen
             * @memberof ssc.v1.SettleReply
             * @instance
             */
            SettleReply.prototype.accountBalanceAfterFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SettleReply policyVersion.
             * @member {string} policyVersion
             * @memberof ssc.v1.SettleReply
             * @instance
             */
            SettleReply.prototype.policyVersion = "";

            /**
             * SettleReply accumulatorsAfter.
             * @member {ssc.v1.Accumulators.$Properties|null|undefined} accumulatorsAfter
             * @memberof ssc.v1.SettleReply
             * @instance
             */
            SettleReply.prototype.accumulatorsAfter = null;

            /**
             * SettleReply visitId.
             * @member {string} visitId
             * @memberof ssc.v1.SettleReply
             * @instance
             */
            SettleReply.prototype.visitId = "";

            /**
             * SettleReply budgetUs.
             * @member {number} budgetUs
             * @memberof ssc.v1.SettleReply
             * @instance
             */
            SettleReply.prototype.budgetUs = 0;

            /**
             * SettleReply timings.
             * @member {ssc.v1.Timings.$Properties|null|undefined} timings
             * @memberof ssc.v1.SettleReply
             * @instance
             */
            SettleReply.prototype.timings = null;

            /**
             * Encodes the specified SettleReply message. Does not implicitly {@link ssc.v1.SettleReply.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.SettleReply
             * @static
             * @param {ssc.v1.SettleReply.$Properties} message SettleReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SettleReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    $root.ssc.v1.Outcome.encode(message.outcome, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.person != null && $Object.hasOwnProperty.call(message, "person"))
                    $root.ssc.v1.PersonSummary.encode(message.person, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.split != null && $Object.hasOwnProperty.call(message, "split"))
                    $root.ssc.v1.Split.encode(message.split, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.lines != null && message.lines.length)
                    for (let i = 0; i < message.lines.length; ++i)
                        $root.ssc.v1.LineSplit.encode(message.lines[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.settlementId != null && $Object.hasOwnProperty.call(message, "settlementId") && message.settlementId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.settlementId);
                if (message.accountBalanceAfterFen != null && $Object.hasOwnProperty.call(message, "accountBalanceAfterFen") && (typeof message.accountBalanceAfterFen === "object" ? message.accountBalanceAfterFen.low || message.accountBalanceAfterFen.high : message.accountBalanceAfterFen !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.accountBalanceAfterFen);
                if (message.policyVersion != null && $Object.hasOwnProperty.call(message, "policyVersion") && message.policyVersion !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.policyVersion);
                if (message.accumulatorsAfter != null && $Object.hasOwnProperty.call(message, "accumulatorsAfter"))
                    $root.ssc.v1.Accumulators.encode(message.accumulatorsAfter, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.visitId != null && $Object.hasOwnProperty.call(message, "visitId") && message.visitId !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.visitId);
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs") && message.budgetUs !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.budgetUs);
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    $root.ssc.v1.Timings.encode(message.timings, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SettleReply message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.SettleReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.SettleReply & ssc.v1.SettleReply.$Shape} SettleReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SettleReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.SettleReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.outcome = $root.ssc.v1.Outcome.decode(reader, reader.size(), $undefined, _depth + 1, message.outcome);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.person = $root.ssc.v1.PersonSummary.decode(reader, reader.size(), $undefined, _depth + 1, message.person);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.split = $root.ssc.v1.Split.decode(reader, reader.size(), $undefined, _depth + 1, message.split);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.lines && message.lines.length))
                                message.lines = [];
                            message.lines.push($root.ssc.v1.LineSplit.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.settlementId = value;
                            else
                                delete message.settlementId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.accountBalanceAfterFen = value;
                            else
                                delete message.accountBalanceAfterFen;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.policyVersion = value;
                            else
                                delete message.policyVersion;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.accumulatorsAfter = $root.ssc.v1.Accumulators.decode(reader, reader.size(), $undefined, _depth + 1, message.accumulatorsAfter);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.visitId = value;
                            else
                                delete message.visitId;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.budgetUs = value;
                            else
                                delete message.budgetUs;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.timings = $root.ssc.v1.Timings.decode(reader, reader.size(), $undefined, _depth + 1, message.timings);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SettleReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.SettleReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.SettleReply} SettleReply
             */
            SettleReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.SettleReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.SettleReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.SettleReply();
                if (object.outcome != null) {
                    if (!$util.isObject(object.outcome))
                        throw $TypeError(".ssc.v1.SettleReply.outcome: object expected");
                    message.outcome = $root.ssc.v1.Outcome.fromObject(object.outcome, _depth + 1);
                }
                if (object.person != null) {
                    if (!$util.isObject(object.person))
                        throw $TypeError(".ssc.v1.SettleReply.person: object expected");
                    message.person = $root.ssc.v1.PersonSummary.fromObject(object.person, _depth + 1);
                }
                if (object.split != null) {
                    if (!$util.isObject(object.split))
                        throw $TypeError(".ssc.v1.SettleReply.split: object expected");
                    message.split = $root.ssc.v1.Split.fromObject(object.split, _depth + 1);
                }
                if (object.lines) {
                    if (!$Array.isArray(object.lines))
                        throw $TypeError(".ssc.v1.SettleReply.lines: array expected");
                    message.lines = $Array(object.lines.length);
                    for (let i = 0; i < object.lines.length; ++i) {
                        if (!$util.isObject(object.lines[i]))
                            throw $TypeError(".ssc.v1.SettleReply.lines: object expected");
                        message.lines[i] = $root.ssc.v1.LineSplit.fromObject(object.lines[i], _depth + 1);
                    }
                }
                if (object.settlementId != null)
                    if (typeof object.settlementId !== "string" || object.settlementId.length)
                        message.settlementId = $String(object.settlementId);
                if (object.accountBalanceAfterFen != null)
                    if (typeof object.accountBalanceAfterFen === "object" ? object.accountBalanceAfterFen.low || object.accountBalanceAfterFen.high : $Number(object.accountBalanceAfterFen) !== 0)
                        if ($util.Long)
                            message.accountBalanceAfterFen = $util.Long.fromValue(object.accountBalanceAfterFen, false);
                        else if (typeof object.accountBalanceAfterFen === "string")
                            message.accountBalanceAfterFen = $parseInt(object.accountBalanceAfterFen, 10);
                        else if (typeof object.accountBalanceAfterFen === "number")
                            message.accountBalanceAfterFen = object.accountBalanceAfterFen;
                        else if (typeof object.accountBalanceAfterFen === "object")
                            message.accountBalanceAfterFen = new $util.LongBits(object.accountBalanceAfterFen.low >>> 0, object.accountBalanceAfterFen.high >>> 0).toNumber();
                if (object.policyVersion != null)
                    if (typeof object.policyVersion !== "string" || object.policyVersion.length)
                        message.policyVersion = $String(object.policyVersion);
                if (object.accumulatorsAfter != null) {
                    if (!$util.isObject(object.accumulatorsAfter))
                        throw $TypeError(".ssc.v1.SettleReply.accumulatorsAfter: object expected");
                    message.accumulatorsAfter = $root.ssc.v1.Accumulators.fromObject(object.accumulatorsAfter, _depth + 1);
                }
                if (object.visitId != null)
                    if (typeof object.visitId !== "string" || object.visitId.length)
                        message.visitId = $String(object.visitId);
                if (object.budgetUs != null)
                    if ($Number(object.budgetUs) !== 0)
                        message.budgetUs = object.budgetUs >>> 0;
                if (object.timings != null) {
                    if (!$util.isObject(object.timings))
                        throw $TypeError(".ssc.v1.SettleReply.timings: object expected");
                    message.timings = $root.ssc.v1.Timings.fromObject(object.timings, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SettleReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.SettleReply
             * @static
             * @param {ssc.v1.SettleReply} message SettleReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SettleReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.lines = [];
                if (options.defaults) {
                    object.outcome = null;
                    object.person = null;
                    object.split = null;
                    object.settlementId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.accountBalanceAfterFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.accountBalanceAfterFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.policyVersion = "";
                    object.accumulatorsAfter = null;
                    object.visitId = "";
                    object.budgetUs = 0;
                    object.timings = null;
                }
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = $root.ssc.v1.Outcome.toObject(message.outcome, options, _depth + 1);
                if (message.person != null && $Object.hasOwnProperty.call(message, "person"))
                    object.person = $root.ssc.v1.PersonSummary.toObject(message.person, options, _depth + 1);
                if (message.split != null && $Object.hasOwnProperty.call(message, "split"))
                    object.split = $root.ssc.v1.Split.toObject(message.split, options, _depth + 1);
                if (message.lines && message.lines.length) {
                    object.lines = $Array(message.lines.length);
                    for (let j = 0; j < message.lines.length; ++j)
                        object.lines[j] = $root.ssc.v1.LineSplit.toObject(message.lines[j], options, _depth + 1);
                }
                if (message.settlementId != null && $Object.hasOwnProperty.call(message, "settlementId"))
                    object.settlementId = message.settlementId;
                if (message.accountBalanceAfterFen != null && $Object.hasOwnProperty.call(message, "accountBalanceAfterFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.accountBalanceAfterFen = typeof message.accountBalanceAfterFen === "number" ? $BigInt(message.accountBalanceAfterFen) : $util.Long.fromBits(message.accountBalanceAfterFen.low >>> 0, message.accountBalanceAfterFen.high >>> 0, false).toBigInt();
                    else if (typeof message.accountBalanceAfterFen === "number")
                        object.accountBalanceAfterFen = options.longs === $String ? $String(message.accountBalanceAfterFen) : message.accountBalanceAfterFen;
                    else
                        object.accountBalanceAfterFen = options.longs === $String ? $util.Long.prototype.toString.call(message.accountBalanceAfterFen) : options.longs === $Number ? new $util.LongBits(message.accountBalanceAfterFen.low >>> 0, message.accountBalanceAfterFen.high >>> 0).toNumber() : message.accountBalanceAfterFen;
                if (message.policyVersion != null && $Object.hasOwnProperty.call(message, "policyVersion"))
                    object.policyVersion = message.policyVersion;
                if (message.accumulatorsAfter != null && $Object.hasOwnProperty.call(message, "accumulatorsAfter"))
                    object.accumulatorsAfter = $root.ssc.v1.Accumulators.toObject(message.accumulatorsAfter, options, _depth + 1);
                if (message.visitId != null && $Object.hasOwnProperty.call(message, "visitId"))
                    object.visitId = message.visitId;
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs"))
                    object.budgetUs = message.budgetUs;
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    object.timings = $root.ssc.v1.Timings.toObject(message.timings, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SettleReply to JSON.
             * @function toJSON
             * @memberof ssc.v1.SettleReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SettleReply.prototype.toJSON = function() {
                return SettleReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SettleReply;
        })();

        v1.CancelSettlementRequest = (function() {

            /**
             * Properties of a CancelSettlementRequest.
             * @typedef {Object} ssc.v1.CancelSettlementRequest.$Properties
             * @property {ssc.v1.RequestHeader.$Properties|null} [header] CancelSettlementRequest header
             * @property {string|null} [settlementId] CancelSettlementRequest settlementId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CancelSettlementRequest.
             * @memberof ssc.v1
             * @interface ICancelSettlementRequest
             * @augments ssc.v1.CancelSettlementRequest.$Properties
             * @deprecated Use ssc.v1.CancelSettlementRequest.$Properties instead.
             */

            /**
             * Shape of a CancelSettlementRequest.
             * @typedef {ssc.v1.CancelSettlementRequest.$Properties} ssc.v1.CancelSettlementRequest.$Shape
             */

            /**
             * Constructs a new CancelSettlementRequest.
             * @memberof ssc.v1
             * @classdesc Represents a CancelSettlementRequest.
             * @constructor
             * @param {ssc.v1.CancelSettlementRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CancelSettlementRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CancelSettlementRequest header.
             * @member {ssc.v1.RequestHeader.$Properties|null|undefined} header
             * @memberof ssc.v1.CancelSettlementRequest
             * @instance
             */
            CancelSettlementRequest.prototype.header = null;

            /**
             * CancelSettlementRequest settlementId.
             * @member {string} settlementId
             * @memberof ssc.v1.CancelSettlementRequest
             * @instance
             */
            CancelSettlementRequest.prototype.settlementId = "";

            /**
             * Encodes the specified CancelSettlementRequest message. Does not implicitly {@link ssc.v1.CancelSettlementRequest.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.CancelSettlementRequest
             * @static
             * @param {ssc.v1.CancelSettlementRequest.$Properties} message CancelSettlementRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelSettlementRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.ssc.v1.RequestHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.settlementId != null && $Object.hasOwnProperty.call(message, "settlementId") && message.settlementId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.settlementId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CancelSettlementRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.CancelSettlementRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.CancelSettlementRequest & ssc.v1.CancelSettlementRequest.$Shape} CancelSettlementRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelSettlementRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.CancelSettlementRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.ssc.v1.RequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.settlementId = value;
                            else
                                delete message.settlementId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CancelSettlementRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.CancelSettlementRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.CancelSettlementRequest} CancelSettlementRequest
             */
            CancelSettlementRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.CancelSettlementRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.CancelSettlementRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.CancelSettlementRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".ssc.v1.CancelSettlementRequest.header: object expected");
                    message.header = $root.ssc.v1.RequestHeader.fromObject(object.header, _depth + 1);
                }
                if (object.settlementId != null)
                    if (typeof object.settlementId !== "string" || object.settlementId.length)
                        message.settlementId = $String(object.settlementId);
                return message;
            };

            /**
             * Creates a plain object from a CancelSettlementRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.CancelSettlementRequest
             * @static
             * @param {ssc.v1.CancelSettlementRequest} message CancelSettlementRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CancelSettlementRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.header = null;
                    object.settlementId = "";
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.ssc.v1.RequestHeader.toObject(message.header, options, _depth + 1);
                if (message.settlementId != null && $Object.hasOwnProperty.call(message, "settlementId"))
                    object.settlementId = message.settlementId;
                return object;
            };

            /**
             * Converts this CancelSettlementRequest to JSON.
             * @function toJSON
             * @memberof ssc.v1.CancelSettlementRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CancelSettlementRequest.prototype.toJSON = function() {
                return CancelSettlementRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CancelSettlementRequest;
        })();

        v1.CancelSettlementReply = (function() {

            /**
             * Properties of a CancelSettlementReply.
             * @typedef {Object} ssc.v1.CancelSettlementReply.$Properties
             * @property {ssc.v1.Outcome.$Properties|null} [outcome] CancelSettlementReply outcome
             * @property {string|null} [settlementId] CancelSettlementReply settlementId
             * @property {ssc.v1.Split.$Properties|null} [reversedSplit] CancelSettlementReply reversedSplit
             * @property {number|Long|null} [accountBalanceAfterFen] CancelSettlementReply accountBalanceAfterFen
             * @property {ssc.v1.Accumulators.$Properties|null} [accumulatorsAfter] CancelSettlementReply accumulatorsAfter
             * @property {number|null} [budgetUs] CancelSettlementReply budgetUs
             * @property {ssc.v1.Timings.$Properties|null} [timings] CancelSettlementReply timings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CancelSettlementReply.
             * @memberof ssc.v1
             * @interface ICancelSettlementReply
             * @augments ssc.v1.CancelSettlementReply.$Properties
             * @deprecated Use ssc.v1.CancelSettlementReply.$Properties instead.
             */

            /**
             * Shape of a CancelSettlementReply.
             * @typedef {ssc.v1.CancelSettlementReply.$Properties} ssc.v1.CancelSettlementReply.$Shape
             */

            /**
             * Constructs a new CancelSettlementReply.
             * @memberof ssc.v1
             * @classdesc Represents a CancelSettlementReply.
             * @constructor
             * @param {ssc.v1.CancelSettlementReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CancelSettlementReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CancelSettlementReply outcome.
             * @member {ssc.v1.Outcome.$Properties|null|undefined} outcome
             * @memberof ssc.v1.CancelSettlementReply
             * @instance
             */
            CancelSettlementReply.prototype.outcome = null;

            /**
             * CancelSettlementReply settlementId.
             * @member {string} settlementId
             * @memberof ssc.v1.CancelSettlementReply
             * @instance
             */
            CancelSettlementReply.prototype.settlementId = "";

            /**
             * CancelSettlementReply reversedSplit.
             * @member {ssc.v1.Split.$Properties|null|undefined} reversedSplit
             * @memberof ssc.v1.CancelSettlementReply
             * @instance
             */
            CancelSettlementReply.prototype.reversedSplit = null;

            /**
             * CancelSettlementReply accountBalanceAfterFen.
             * @member {number|Long} accountBalanceAfterFen
             * @memberof ssc.v1.CancelSettlementReply
             * @instance
             */
            CancelSettlementReply.prototype.accountBalanceAfterFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CancelSettlementReply accumulatorsAfter.
             * @member {ssc.v1.Accumulators.$Properties|null|undefined} accumulatorsAfter
             * @memberof ssc.v1.CancelSettlementReply
             * @instance
             */
            CancelSettlementReply.prototype.accumulatorsAfter = null;

            /**
             * CancelSettlementReply budgetUs.
             * @member {number} budgetUs
             * @memberof ssc.v1.CancelSettlementReply
             * @instance
             */
            CancelSettlementReply.prototype.budgetUs = 0;

            /**
             * CancelSettlementReply timings.
             * @member {ssc.v1.Timings.$Properties|null|undefined} timings
             * @memberof ssc.v1.CancelSettlementReply
             * @instance
             */
            CancelSettlementReply.prototype.timings = null;

            /**
             * Encodes the specified CancelSettlementReply message. Does not implicitly {@link ssc.v1.CancelSettlementReply.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.CancelSettlementReply
             * @static
             * @param {ssc.v1.CancelSettlementReply.$Properties} message CancelSettlementReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelSettlementReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    $root.ssc.v1.Outcome.encode(message.outcome, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.settlementId != null && $Object.hasOwnProperty.call(message, "settlementId") && message.settlementId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.settlementId);
                if (message.reversedSplit != null && $Object.hasOwnProperty.call(message, "reversedSplit"))
                    $root.ssc.v1.Split.encode(message.reversedSplit, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.accountBalanceAfterFen != null && $Object.hasOwnProperty.call(message, "accountBalanceAfterFen") && (typeof message.accountBalanceAfterFen === "object" ? message.accountBalanceAfterFen.low || message.accountBalanceAfterFen.high : message.accountBalanceAfterFen !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.accountBalanceAfterFen);
                if (message.accumulatorsAfter != null && $Object.hasOwnProperty.call(message, "accumulatorsAfter"))
                    $root.ssc.v1.Accumulators.encode(message.accumulatorsAfter, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs") && message.budgetUs !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.budgetUs);
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    $root.ssc.v1.Timings.encode(message.timings, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CancelSettlementReply message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.CancelSettlementReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.CancelSettlementReply & ssc.v1.CancelSettlementReply.$Shape} CancelSettlementReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelSettlementReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.CancelSettlementReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.outcome = $root.ssc.v1.Outcome.decode(reader, reader.size(), $undefined, _depth + 1, message.outcome);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.settlementId = value;
                            else
                                delete message.settlementId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.reversedSplit = $root.ssc.v1.Split.decode(reader, reader.size(), $undefined, _depth + 1, message.reversedSplit);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.accountBalanceAfterFen = value;
                            else
                                delete message.accountBalanceAfterFen;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.accumulatorsAfter = $root.ssc.v1.Accumulators.decode(reader, reader.size(), $undefined, _depth + 1, message.accumulatorsAfter);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.budgetUs = value;
                            else
                                delete message.budgetUs;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.timings = $root.ssc.v1.Timings.decode(reader, reader.size(), $undefined, _depth + 1, message.timings);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CancelSettlementReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.CancelSettlementReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.CancelSettlementReply} CancelSettlementReply
             */
            CancelSettlementReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.CancelSettlementReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.CancelSettlementReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.CancelSettlementReply();
                if (object.outcome != null) {
                    if (!$util.isObject(object.outcome))
                        throw $TypeError(".ssc.v1.CancelSettlementReply.outcome: object expected");
                    message.outcome = $root.ssc.v1.Outcome.fromObject(object.outcome, _depth + 1);
                }
                if (object.settlementId != null)
                    if (typeof object.settlementId !== "string" || object.settlementId.length)
                        message.settlementId = $String(object.settlementId);
                if (object.reversedSplit != null) {
                    if (!$util.isObject(object.reversedSplit))
                        throw $TypeError(".ssc.v1.CancelSettlementReply.reversedSplit: object expected");
                    message.reversedSplit = $root.ssc.v1.Split.fromObject(object.reversedSplit, _depth + 1);
                }
                if (object.accountBalanceAfterFen != null)
                    if (typeof object.accountBalanceAfterFen === "object" ? object.accountBalanceAfterFen.low || object.accountBalanceAfterFen.high : $Number(object.accountBalanceAfterFen) !== 0)
                        if ($util.Long)
                            message.accountBalanceAfterFen = $util.Long.fromValue(object.accountBalanceAfterFen, false);
                        else if (typeof object.accountBalanceAfterFen === "string")
                            message.accountBalanceAfterFen = $parseInt(object.accountBalanceAfterFen, 10);
                        else if (typeof object.accountBalanceAfterFen === "number")
                            message.accountBalanceAfterFen = object.accountBalanceAfterFen;
                        else if (typeof object.accountBalanceAfterFen === "object")
                            message.accountBalanceAfterFen = new $util.LongBits(object.accountBalanceAfterFen.low >>> 0, object.accountBalanceAfterFen.high >>> 0).toNumber();
                if (object.accumulatorsAfter != null) {
                    if (!$util.isObject(object.accumulatorsAfter))
                        throw $TypeError(".ssc.v1.CancelSettlementReply.accumulatorsAfter: object expected");
                    message.accumulatorsAfter = $root.ssc.v1.Accumulators.fromObject(object.accumulatorsAfter, _depth + 1);
                }
                if (object.budgetUs != null)
                    if ($Number(object.budgetUs) !== 0)
                        message.budgetUs = object.budgetUs >>> 0;
                if (object.timings != null) {
                    if (!$util.isObject(object.timings))
                        throw $TypeError(".ssc.v1.CancelSettlementReply.timings: object expected");
                    message.timings = $root.ssc.v1.Timings.fromObject(object.timings, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a CancelSettlementReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.CancelSettlementReply
             * @static
             * @param {ssc.v1.CancelSettlementReply} message CancelSettlementReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CancelSettlementReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.outcome = null;
                    object.settlementId = "";
                    object.reversedSplit = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.accountBalanceAfterFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.accountBalanceAfterFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.accumulatorsAfter = null;
                    object.budgetUs = 0;
                    object.timings = null;
                }
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = $root.ssc.v1.Outcome.toObject(message.outcome, options, _depth + 1);
                if (message.settlementId != null && $Object.hasOwnProperty.call(message, "settlementId"))
                    object.settlementId = message.settlementId;
                if (message.reversedSplit != null && $Object.hasOwnProperty.call(message, "reversedSplit"))
                    object.reversedSplit = $root.ssc.v1.Split.toObject(message.reversedSplit, options, _depth + 1);
                if (message.accountBalanceAfterFen != null && $Object.hasOwnProperty.call(message, "accountBalanceAfterFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.accountBalanceAfterFen = typeof message.accountBalanceAfterFen === "number" ? $BigInt(message.accountBalanceAfterFen) : $util.Long.fromBits(message.accountBalanceAfterFen.low >>> 0, message.accountBalanceAfterFen.high >>> 0, false).toBigInt();
                    else if (typeof message.accountBalanceAfterFen === "number")
                        object.accountBalanceAfterFen = options.longs === $String ? $String(message.accountBalanceAfterFen) : message.accountBalanceAfterFen;
                    else
                        object.accountBalanceAfterFen = options.longs === $String ? $util.Long.prototype.toString.call(message.accountBalanceAfterFen) : options.longs === $Number ? new $util.LongBits(message.accountBalanceAfterFen.low >>> 0, message.accountBalanceAfterFen.high >>> 0).toNumber() : message.accountBalanceAfterFen;
                if (message.accumulatorsAfter != null && $Object.hasOwnProperty.call(message, "accumulatorsAfter"))
                    object.accumulatorsAfter = $root.ssc.v1.Accumulators.toObject(message.accumulatorsAfter, options, _depth + 1);
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs"))
                    object.budgetUs = message.budgetUs;
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    object.timings = $root.ssc.v1.Timings.toObject(message.timings, options, _depth + 1);
                return object;
            };

            /**
             * Converts this CancelSettlementReply to JSON.
             * @function toJSON
             * @memberof ssc.v1.CancelSettlementReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CancelSettlementReply.prototype.toJSON = function() {
                return CancelSettlementReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CancelSettlementReply;
        })();

        v1.ReverseRequest = (function() {

            /**
             * Properties of a ReverseRequest.
             * @typedef {Object} ssc.v1.ReverseRequest.$Properties
             * @property {ssc.v1.RequestHeader.$Properties|null} [header] ReverseRequest header
             * @property {string|null} [originalMsgId] ReverseRequest originalMsgId
             * @property {ssc.v1.Operation|null} [originalOperation] ReverseRequest originalOperation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReverseRequest.
             * @memberof ssc.v1
             * @interface IReverseRequest
             * @augments ssc.v1.ReverseRequest.$Properties
             * @deprecated Use ssc.v1.ReverseRequest.$Properties instead.
             */

            /**
             * Shape of a ReverseRequest.
             * @typedef {ssc.v1.ReverseRequest.$Properties} ssc.v1.ReverseRequest.$Shape
             */

            /**
             * Constructs a new ReverseRequest.
             * @memberof ssc.v1
             * @classdesc Represents a ReverseRequest.
             * @constructor
             * @param {ssc.v1.ReverseRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReverseRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReverseRequest header.
             * @member {ssc.v1.RequestHeader.$Properties|null|undefined} header
             * @memberof ssc.v1.ReverseRequest
             * @instance
             */
            ReverseRequest.prototype.header = null;

            /**
             * ReverseRequest originalMsgId.
             * @member {string} originalMsgId
             * @memberof ssc.v1.ReverseRequest
             * @instance
             */
            ReverseRequest.prototype.originalMsgId = "";

            /**
             * ReverseRequest originalOperation.
             * @member {ssc.v1.Operation} originalOperation
             * @memberof ssc.v1.ReverseRequest
             * @instance
             */
            ReverseRequest.prototype.originalOperation = 0;

            /**
             * Encodes the specified ReverseRequest message. Does not implicitly {@link ssc.v1.ReverseRequest.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.ReverseRequest
             * @static
             * @param {ssc.v1.ReverseRequest.$Properties} message ReverseRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReverseRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.ssc.v1.RequestHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.originalMsgId != null && $Object.hasOwnProperty.call(message, "originalMsgId") && message.originalMsgId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.originalMsgId);
                if (message.originalOperation != null && $Object.hasOwnProperty.call(message, "originalOperation") && message.originalOperation !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.originalOperation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReverseRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.ReverseRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.ReverseRequest & ssc.v1.ReverseRequest.$Shape} ReverseRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReverseRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.ReverseRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.ssc.v1.RequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.originalMsgId = value;
                            else
                                delete message.originalMsgId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.originalOperation = value;
                            else
                                delete message.originalOperation;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ReverseRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.ReverseRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.ReverseRequest} ReverseRequest
             */
            ReverseRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.ReverseRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.ReverseRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.ReverseRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".ssc.v1.ReverseRequest.header: object expected");
                    message.header = $root.ssc.v1.RequestHeader.fromObject(object.header, _depth + 1);
                }
                if (object.originalMsgId != null)
                    if (typeof object.originalMsgId !== "string" || object.originalMsgId.length)
                        message.originalMsgId = $String(object.originalMsgId);
                if (object.originalOperation !== 0 && (typeof object.originalOperation !== "string" || $root.ssc.v1.Operation[object.originalOperation] !== 0))
                    switch (object.originalOperation) {
                    case "OPERATION_UNSPECIFIED":
                    case 0:
                        message.originalOperation = 0;
                        break;
                    case "OPERATION_SETTLE":
                    case 1:
                        message.originalOperation = 1;
                        break;
                    case "OPERATION_CANCEL_SETTLEMENT":
                    case 2:
                        message.originalOperation = 2;
                        break;
                    case "OPERATION_OPEN_VISIT":
                    case 4:
                        message.originalOperation = 4;
                        break;
                    default:
                        if (typeof object.originalOperation === "number" && (object.originalOperation | 0) === object.originalOperation)
                            message.originalOperation = object.originalOperation;
                    }
                return message;
            };

            /**
             * Creates a plain object from a ReverseRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.ReverseRequest
             * @static
             * @param {ssc.v1.ReverseRequest} message ReverseRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReverseRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.header = null;
                    object.originalMsgId = "";
                    object.originalOperation = options.enums === $String ? "OPERATION_UNSPECIFIED" : 0;
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.ssc.v1.RequestHeader.toObject(message.header, options, _depth + 1);
                if (message.originalMsgId != null && $Object.hasOwnProperty.call(message, "originalMsgId"))
                    object.originalMsgId = message.originalMsgId;
                if (message.originalOperation != null && $Object.hasOwnProperty.call(message, "originalOperation"))
                    object.originalOperation = options.enums === $String ? $root.ssc.v1.Operation[message.originalOperation] === $undefined ? message.originalOperation : $root.ssc.v1.Operation[message.originalOperation] : message.originalOperation;
                return object;
            };

            /**
             * Converts this ReverseRequest to JSON.
             * @function toJSON
             * @memberof ssc.v1.ReverseRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReverseRequest.prototype.toJSON = function() {
                return ReverseRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ReverseRequest;
        })();

        v1.ReverseReply = (function() {

            /**
             * Properties of a ReverseReply.
             * @typedef {Object} ssc.v1.ReverseReply.$Properties
             * @property {ssc.v1.Outcome.$Properties|null} [outcome] ReverseReply outcome
             * @property {boolean|null} [undone] ReverseReply undone
             * @property {string|null} [settlementId] ReverseReply settlementId
             * @property {number|Long|null} [accountBalanceAfterFen] ReverseReply accountBalanceAfterFen
             * @property {number|null} [budgetUs] ReverseReply budgetUs
             * @property {ssc.v1.Timings.$Properties|null} [timings] ReverseReply timings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReverseReply.
             * @memberof ssc.v1
             * @interface IReverseReply
             * @augments ssc.v1.ReverseReply.$Properties
             * @deprecated Use ssc.v1.ReverseReply.$Properties instead.
             */

            /**
             * Shape of a ReverseReply.
             * @typedef {ssc.v1.ReverseReply.$Properties} ssc.v1.ReverseReply.$Shape
             */

            /**
             * Constructs a new ReverseReply.
             * @memberof ssc.v1
             * @classdesc Represents a ReverseReply.
             * @constructor
             * @param {ssc.v1.ReverseReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReverseReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReverseReply outcome.
             * @member {ssc.v1.Outcome.$Properties|null|undefined} outcome
             * @memberof ssc.v1.ReverseReply
             * @instance
             */
            ReverseReply.prototype.outcome = null;

            /**
             * ReverseReply undone.
             * @member {boolean} undone
             * @memberof ssc.v1.ReverseReply
             * @instance
             */
            ReverseReply.prototype.undone = false;

            /**
             * ReverseReply settlementId.
             * @member {string} settlementId
             * @memberof ssc.v1.ReverseReply
             * @instance
             */
            ReverseReply.prototype.settlementId = "";

            /**
             * ReverseReply accountBalanceAfterFen.
             * @member {number|Long} accountBalanceAfterFen
             * @memberof ssc.v1.ReverseReply
             * @instance
             */
            ReverseReply.prototype.accountBalanceAfterFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ReverseReply budgetUs.
             * @member {number} budgetUs
             * @memberof ssc.v1.ReverseReply
             * @instance
             */
            ReverseReply.prototype.budgetUs = 0;

            /**
             * ReverseReply timings.
             * @member {ssc.v1.Timings.$Properties|null|undefined} timings
             * @memberof ssc.v1.ReverseReply
             * @instance
             */
            ReverseReply.prototype.timings = null;

            /**
             * Encodes the specified ReverseReply message. Does not implicitly {@link ssc.v1.ReverseReply.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.ReverseReply
             * @static
             * @param {ssc.v1.ReverseReply.$Properties} message ReverseReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReverseReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    $root.ssc.v1.Outcome.encode(message.outcome, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.undone != null && $Object.hasOwnProperty.call(message, "undone") && message.undone !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.undone);
                if (message.settlementId != null && $Object.hasOwnProperty.call(message, "settlementId") && message.settlementId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.settlementId);
                if (message.accountBalanceAfterFen != null && $Object.hasOwnProperty.call(message, "accountBalanceAfterFen") && (typeof message.accountBalanceAfterFen === "object" ? message.accountBalanceAfterFen.low || message.accountBalanceAfterFen.high : message.accountBalanceAfterFen !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.accountBalanceAfterFen);
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs") && message.budgetUs !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.budgetUs);
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    $root.ssc.v1.Timings.encode(message.timings, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReverseReply message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.ReverseReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.ReverseReply & ssc.v1.ReverseReply.$Shape} ReverseReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReverseReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.ReverseReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.outcome = $root.ssc.v1.Outcome.decode(reader, reader.size(), $undefined, _depth + 1, message.outcome);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.undone = value;
                            else
                                delete message.undone;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.settlementId = value;
                            else
                                delete message.settlementId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.accountBalanceAfterFen = value;
                            else
                                delete message.accountBalanceAfterFen;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.budgetUs = value;
                            else
                                delete message.budgetUs;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.timings = $root.ssc.v1.Timings.decode(reader, reader.size(), $undefined, _depth + 1, message.timings);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ReverseReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.ReverseReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.ReverseReply} ReverseReply
             */
            ReverseReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.ReverseReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.ReverseReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.ReverseReply();
                if (object.outcome != null) {
                    if (!$util.isObject(object.outcome))
                        throw $TypeError(".ssc.v1.ReverseReply.outcome: object expected");
                    message.outcome = $root.ssc.v1.Outcome.fromObject(object.outcome, _depth + 1);
                }
                if (object.undone != null)
                    if (object.undone)
                        message.undone = $Boolean(object.undone);
                if (object.settlementId != null)
                    if (typeof object.settlementId !== "string" || object.settlementId.length)
                        message.settlementId = $String(object.settlementId);
                if (object.accountBalanceAfterFen != null)
                    if (typeof object.accountBalanceAfterFen === "object" ? object.accountBalanceAfterFen.low || object.accountBalanceAfterFen.high : $Number(object.accountBalanceAfterFen) !== 0)
                        if ($util.Long)
                            message.accountBalanceAfterFen = $util.Long.fromValue(object.accountBalanceAfterFen, false);
                        else if (typeof object.accountBalanceAfterFen === "string")
                            message.accountBalanceAfterFen = $parseInt(object.accountBalanceAfterFen, 10);
                        else if (typeof object.accountBalanceAfterFen === "number")
                            message.accountBalanceAfterFen = object.accountBalanceAfterFen;
                        else if (typeof object.accountBalanceAfterFen === "object")
                            message.accountBalanceAfterFen = new $util.LongBits(object.accountBalanceAfterFen.low >>> 0, object.accountBalanceAfterFen.high >>> 0).toNumber();
                if (object.budgetUs != null)
                    if ($Number(object.budgetUs) !== 0)
                        message.budgetUs = object.budgetUs >>> 0;
                if (object.timings != null) {
                    if (!$util.isObject(object.timings))
                        throw $TypeError(".ssc.v1.ReverseReply.timings: object expected");
                    message.timings = $root.ssc.v1.Timings.fromObject(object.timings, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ReverseReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.ReverseReply
             * @static
             * @param {ssc.v1.ReverseReply} message ReverseReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReverseReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.outcome = null;
                    object.undone = false;
                    object.settlementId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.accountBalanceAfterFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.accountBalanceAfterFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.budgetUs = 0;
                    object.timings = null;
                }
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = $root.ssc.v1.Outcome.toObject(message.outcome, options, _depth + 1);
                if (message.undone != null && $Object.hasOwnProperty.call(message, "undone"))
                    object.undone = message.undone;
                if (message.settlementId != null && $Object.hasOwnProperty.call(message, "settlementId"))
                    object.settlementId = message.settlementId;
                if (message.accountBalanceAfterFen != null && $Object.hasOwnProperty.call(message, "accountBalanceAfterFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.accountBalanceAfterFen = typeof message.accountBalanceAfterFen === "number" ? $BigInt(message.accountBalanceAfterFen) : $util.Long.fromBits(message.accountBalanceAfterFen.low >>> 0, message.accountBalanceAfterFen.high >>> 0, false).toBigInt();
                    else if (typeof message.accountBalanceAfterFen === "number")
                        object.accountBalanceAfterFen = options.longs === $String ? $String(message.accountBalanceAfterFen) : message.accountBalanceAfterFen;
                    else
                        object.accountBalanceAfterFen = options.longs === $String ? $util.Long.prototype.toString.call(message.accountBalanceAfterFen) : options.longs === $Number ? new $util.LongBits(message.accountBalanceAfterFen.low >>> 0, message.accountBalanceAfterFen.high >>> 0).toNumber() : message.accountBalanceAfterFen;
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs"))
                    object.budgetUs = message.budgetUs;
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    object.timings = $root.ssc.v1.Timings.toObject(message.timings, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ReverseReply to JSON.
             * @function toJSON
             * @memberof ssc.v1.ReverseReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReverseReply.prototype.toJSON = function() {
                return ReverseReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ReverseReply;
        })();

        v1.ReconcileTotalsRequest = (function() {

            /**
             * Properties of a ReconcileTotalsRequest.
             * @typedef {Object} ssc.v1.ReconcileTotalsRequest.$Properties
             * @property {ssc.v1.RequestHeader.$Properties|null} [header] ReconcileTotalsRequest header
             * @property {ssc.v1.InsuranceType|null} [insuranceType] ReconcileTotalsRequest insuranceType
             * @property {ssc.v1.ClearingType|null} [clearingType] ReconcileTotalsRequest clearingType
             * @property {number|Long|null} [periodFromMs] ReconcileTotalsRequest periodFromMs
             * @property {number|Long|null} [periodToMs] ReconcileTotalsRequest periodToMs
             * @property {number|null} [settlementCount] ReconcileTotalsRequest settlementCount
             * @property {number|Long|null} [totalFen] ReconcileTotalsRequest totalFen
             * @property {number|Long|null} [fundFen] ReconcileTotalsRequest fundFen
             * @property {number|Long|null} [accountFen] ReconcileTotalsRequest accountFen
             * @property {number|Long|null} [cashFen] ReconcileTotalsRequest cashFen
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReconcileTotalsRequest.
             * @memberof ssc.v1
             * @interface IReconcileTotalsRequest
             * @augments ssc.v1.ReconcileTotalsRequest.$Properties
             * @deprecated Use ssc.v1.ReconcileTotalsRequest.$Properties instead.
             */

            /**
             * Shape of a ReconcileTotalsRequest.
             * @typedef {ssc.v1.ReconcileTotalsRequest.$Properties} ssc.v1.ReconcileTotalsRequest.$Shape
             */

            /**
             * Constructs a new ReconcileTotalsRequest.
             * @memberof ssc.v1
             * @classdesc Represents a ReconcileTotalsRequest.
             * @constructor
             * @param {ssc.v1.ReconcileTotalsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReconcileTotalsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReconcileTotalsRequest header.
             * @member {ssc.v1.RequestHeader.$Properties|null|undefined} header
             * @memberof ssc.v1.ReconcileTotalsRequest
             * @instance
             */
            ReconcileTotalsRequest.prototype.header = null;

            /**
             * ReconcileTotalsRequest insuranceType.
             * @member {ssc.v1.InsuranceType} insuranceType
             * @memberof ssc.v1.ReconcileTotalsRequest
             * @instance
             */
            ReconcileTotalsRequest.prototype.insuranceType = 0;

            /**
             * ReconcileTotalsRequest clearingType.
             * @member {ssc.v1.ClearingType} clearingType
             * @memberof ssc.v1.ReconcileTotalsRequest
             * @instance
             */
            ReconcileTotalsRequest.prototype.clearingType = 0;

            /**
             * ReconcileTotalsRequest periodFromMs.
             * @member {number|Long} periodFromMs
             * @memberof ssc.v1.ReconcileTotalsRequest
             * @instance
             */
            ReconcileTotalsRequest.prototype.periodFromMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ReconcileTotalsRequest periodToMs.
             * @member {number|Long} periodToMs
             * @memberof ssc.v1.ReconcileTotalsRequest
             * @instance
             */
            ReconcileTotalsRequest.prototype.periodToMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ReconcileTotalsRequest settlementCount.
             * @member {number} settlementCount
             * @memberof ssc.v1.ReconcileTotalsRequest
             * @instance
             */
            ReconcileTotalsRequest.prototype.settlementCount = 0;

            /**
             * ReconcileTotalsRequest totalFen.
             * @member {number|Long} totalFen
             * @memberof ssc.v1.ReconcileTotalsRequest
             * @instance
             */
            ReconcileTotalsRequest.prototype.totalFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ReconcileTotalsRequest fundFen.
             * @member {number|Long} fundFen
             * @memberof ssc.v1.ReconcileTotalsRequest
             * @instance
             */
            ReconcileTotalsRequest.prototype.fundFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ReconcileTotalsRequest accountFen.
             * @member {number|Long} accountFen
             * @memberof ssc.v1.ReconcileTotalsRequest
             * @instance
             */
            ReconcileTotalsRequest.prototype.accountFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ReconcileTotalsRequest cashFen.
             * @member {number|Long} cashFen
             * @memberof ssc.v1.ReconcileTotalsRequest
             * @instance
             */
            ReconcileTotalsRequest.prototype.cashFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified ReconcileTotalsRequest message. Does not implicitly {@link ssc.v1.ReconcileTotalsRequest.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.ReconcileTotalsRequest
             * @static
             * @param {ssc.v1.ReconcileTotalsRequest.$Properties} message ReconcileTotalsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReconcileTotalsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.ssc.v1.RequestHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.insuranceType != null && $Object.hasOwnProperty.call(message, "insuranceType") && message.insuranceType !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.insuranceType);
                if (message.clearingType != null && $Object.hasOwnProperty.call(message, "clearingType") && message.clearingType !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.clearingType);
                if (message.periodFromMs != null && $Object.hasOwnProperty.call(message, "periodFromMs") && (typeof message.periodFromMs === "object" ? message.periodFromMs.low || message.periodFromMs.high : message.periodFromMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.periodFromMs);
                if (message.periodToMs != null && $Object.hasOwnProperty.call(message, "periodToMs") && (typeof message.periodToMs === "object" ? message.periodToMs.low || message.periodToMs.high : message.periodToMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.periodToMs);
                if (message.settlementCount != null && $Object.hasOwnProperty.call(message, "settlementCount") && message.settlementCount !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.settlementCount);
                if (message.totalFen != null && $Object.hasOwnProperty.call(message, "totalFen") && (typeof message.totalFen === "object" ? message.totalFen.low || message.totalFen.high : message.totalFen !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.totalFen);
                if (message.fundFen != null && $Object.hasOwnProperty.call(message, "fundFen") && (typeof message.fundFen === "object" ? message.fundFen.low || message.fundFen.high : message.fundFen !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.fundFen);
                if (message.accountFen != null && $Object.hasOwnProperty.call(message, "accountFen") && (typeof message.accountFen === "object" ? message.accountFen.low || message.accountFen.high : message.accountFen !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.accountFen);
                if (message.cashFen != null && $Object.hasOwnProperty.call(message, "cashFen") && (typeof message.cashFen === "object" ? message.cashFen.low || message.cashFen.high : message.cashFen !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.cashFen);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReconcileTotalsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.ReconcileTotalsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.ReconcileTotalsRequest & ssc.v1.ReconcileTotalsRequest.$Shape} ReconcileTotalsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReconcileTotalsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.ReconcileTotalsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.ssc.v1.RequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.insuranceType = value;
                            else
                                delete message.insuranceType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.clearingType = value;
                            else
                                delete message.clearingType;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.periodFromMs = value;
                            else
                                delete message.periodFromMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.periodToMs = value;
                            else
                                delete message.periodToMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.settlementCount = value;
                            else
                                delete message.settlementCount;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalFen = value;
                            else
                                delete message.totalFen;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.fundFen = value;
                            else
                                delete message.fundFen;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.accountFen = value;
                            else
                                delete message.accountFen;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.cashFen = value;
                            else
                                delete message.cashFen;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ReconcileTotalsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.ReconcileTotalsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.ReconcileTotalsRequest} ReconcileTotalsRequest
             */
            ReconcileTotalsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.ReconcileTotalsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.ReconcileTotalsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.ReconcileTotalsRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".ssc.v1.ReconcileTotalsRequest.header: object expected");
                    message.header = $root.ssc.v1.RequestHeader.fromObject(object.header, _depth + 1);
                }
                if (object.insuranceType !== 0 && (typeof object.insuranceType !== "string" || $root.ssc.v1.InsuranceType[object.insuranceType] !== 0))
                    switch (object.insuranceType) {
                    case "INSURANCE_TYPE_UNSPECIFIED":
                    case 0:
                        message.insuranceType = 0;
                        break;
                    case "INSURANCE_TYPE_EMPLOYEE_BASIC":
                    case 310:
                        message.insuranceType = 310;
                        break;
                    case "INSURANCE_TYPE_CIVIL_SERVANT":
                    case 320:
                        message.insuranceType = 320;
                        break;
                    case "INSURANCE_TYPE_LARGE_AMOUNT":
                    case 330:
                        message.insuranceType = 330;
                        break;
                    case "INSURANCE_TYPE_RESIDENT":
                    case 390:
                        message.insuranceType = 390;
                        break;
                    default:
                        if (typeof object.insuranceType === "number" && (object.insuranceType | 0) === object.insuranceType)
                            message.insuranceType = object.insuranceType;
                    }
                if (object.clearingType !== 0 && (typeof object.clearingType !== "string" || $root.ssc.v1.ClearingType[object.clearingType] !== 0))
                    switch (object.clearingType) {
                    case "CLEARING_TYPE_UNSPECIFIED":
                    case 0:
                        message.clearingType = 0;
                        break;
                    case "CLEARING_TYPE_OUTPATIENT":
                    case 11:
                        message.clearingType = 11;
                        break;
                    case "CLEARING_TYPE_INPATIENT":
                    case 21:
                        message.clearingType = 21;
                        break;
                    case "CLEARING_TYPE_PHARMACY":
                    case 41:
                        message.clearingType = 41;
                        break;
                    default:
                        if (typeof object.clearingType === "number" && (object.clearingType | 0) === object.clearingType)
                            message.clearingType = object.clearingType;
                    }
                if (object.periodFromMs != null)
                    if (typeof object.periodFromMs === "object" ? object.periodFromMs.low || object.periodFromMs.high : $Number(object.periodFromMs) !== 0)
                        if ($util.Long)
                            message.periodFromMs = $util.Long.fromValue(object.periodFromMs, false);
                        else if (typeof object.periodFromMs === "string")
                            message.periodFromMs = $parseInt(object.periodFromMs, 10);
                        else if (typeof object.periodFromMs === "number")
                            message.periodFromMs = object.periodFromMs;
                        else if (typeof object.periodFromMs === "object")
                            message.periodFromMs = new $util.LongBits(object.periodFromMs.low >>> 0, object.periodFromMs.high >>> 0).toNumber();
                if (object.periodToMs != null)
                    if (typeof object.periodToMs === "object" ? object.periodToMs.low || object.periodToMs.high : $Number(object.periodToMs) !== 0)
                        if ($util.Long)
                            message.periodToMs = $util.Long.fromValue(object.periodToMs, false);
                        else if (typeof object.periodToMs === "string")
                            message.periodToMs = $parseInt(object.periodToMs, 10);
                        else if (typeof object.periodToMs === "number")
                            message.periodToMs = object.periodToMs;
                        else if (typeof object.periodToMs === "object")
                            message.periodToMs = new $util.LongBits(object.periodToMs.low >>> 0, object.periodToMs.high >>> 0).toNumber();
                if (object.settlementCount != null)
                    if ($Number(object.settlementCount) !== 0)
                        message.settlementCount = object.settlementCount | 0;
                if (object.totalFen != null)
                    if (typeof object.totalFen === "object" ? object.totalFen.low || object.totalFen.high : $Number(object.totalFen) !== 0)
                        if ($util.Long)
                            message.totalFen = $util.Long.fromValue(object.totalFen, false);
                        else if (typeof object.totalFen === "string")
                            message.totalFen = $parseInt(object.totalFen, 10);
                        else if (typeof object.totalFen === "number")
                            message.totalFen = object.totalFen;
                        else if (typeof object.totalFen === "object")
                            message.totalFen = new $util.LongBits(object.totalFen.low >>> 0, object.totalFen.high >>> 0).toNumber();
                if (object.fundFen != null)
                    if (typeof object.fundFen === "object" ? object.fundFen.low || object.fundFen.high : $Number(object.fundFen) !== 0)
                        if ($util.Long)
                            message.fundFen = $util.Long.fromValue(object.fundFen, false);
                        else if (typeof object.fundFen === "string")
                            message.fundFen = $parseInt(object.fundFen, 10);
                        else if (typeof object.fundFen === "number")
                            message.fundFen = object.fundFen;
                        else if (typeof object.fundFen === "object")
                            message.fundFen = new $util.LongBits(object.fundFen.low >>> 0, object.fundFen.high >>> 0).toNumber();
                if (object.accountFen != null)
                    if (typeof object.accountFen === "object" ? object.accountFen.low || object.accountFen.high : $Number(object.accountFen) !== 0)
                        if ($util.Long)
                            message.accountFen = $util.Long.fromValue(object.accountFen, false);
                        else if (typeof object.accountFen === "string")
                            message.accountFen = $parseInt(object.accountFen, 10);
                        else if (typeof object.accountFen === "number")
                            message.accountFen = object.accountFen;
                        else if (typeof object.accountFen === "object")
                            message.accountFen = new $util.LongBits(object.accountFen.low >>> 0, object.accountFen.high >>> 0).toNumber();
                if (object.cashFen != null)
                    if (typeof object.cashFen === "object" ? object.cashFen.low || object.cashFen.high : $Number(object.cashFen) !== 0)
                        if ($util.Long)
                            message.cashFen = $util.Long.fromValue(object.cashFen, false);
                        else if (typeof object.cashFen === "string")
                            message.cashFen = $parseInt(object.cashFen, 10);
                        else if (typeof object.cashFen === "number")
                            message.cashFen = object.cashFen;
                        else if (typeof object.cashFen === "object")
                            message.cashFen = new $util.LongBits(object.cashFen.low >>> 0, object.cashFen.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a ReconcileTotalsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.ReconcileTotalsRequest
             * @static
             * @param {ssc.v1.ReconcileTotalsRequest} message ReconcileTotalsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReconcileTotalsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.header = null;
                    object.insuranceType = options.enums === $String ? "INSURANCE_TYPE_UNSPECIFIED" : 0;
                    object.clearingType = options.enums === $String ? "CLEARING_TYPE_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.periodFromMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.periodFromMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.periodToMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.periodToMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.settlementCount = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.totalFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.totalFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.fundFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.fundFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.accountFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.accountFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.cashFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cashFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.ssc.v1.RequestHeader.toObject(message.header, options, _depth + 1);
                if (message.insuranceType != null && $Object.hasOwnProperty.call(message, "insuranceType"))
                    object.insuranceType = options.enums === $String ? $root.ssc.v1.InsuranceType[message.insuranceType] === $undefined ? message.insuranceType : $root.ssc.v1.InsuranceType[message.insuranceType] : message.insuranceType;
                if (message.clearingType != null && $Object.hasOwnProperty.call(message, "clearingType"))
                    object.clearingType = options.enums === $String ? $root.ssc.v1.ClearingType[message.clearingType] === $undefined ? message.clearingType : $root.ssc.v1.ClearingType[message.clearingType] : message.clearingType;
                if (message.periodFromMs != null && $Object.hasOwnProperty.call(message, "periodFromMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.periodFromMs = typeof message.periodFromMs === "number" ? $BigInt(message.periodFromMs) : $util.Long.fromBits(message.periodFromMs.low >>> 0, message.periodFromMs.high >>> 0, false).toBigInt();
                    else if (typeof message.periodFromMs === "number")
                        object.periodFromMs = options.longs === $String ? $String(message.periodFromMs) : message.periodFromMs;
                    else
                        object.periodFromMs = options.longs === $String ? $util.Long.prototype.toString.call(message.periodFromMs) : options.longs === $Number ? new $util.LongBits(message.periodFromMs.low >>> 0, message.periodFromMs.high >>> 0).toNumber() : message.periodFromMs;
                if (message.periodToMs != null && $Object.hasOwnProperty.call(message, "periodToMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.periodToMs = typeof message.periodToMs === "number" ? $BigInt(message.periodToMs) : $util.Long.fromBits(message.periodToMs.low >>> 0, message.periodToMs.high >>> 0, false).toBigInt();
                    else if (typeof message.periodToMs === "number")
                        object.periodToMs = options.longs === $String ? $String(message.periodToMs) : message.periodToMs;
                    else
                        object.periodToMs = options.longs === $String ? $util.Long.prototype.toString.call(message.periodToMs) : options.longs === $Number ? new $util.LongBits(message.periodToMs.low >>> 0, message.periodToMs.high >>> 0).toNumber() : message.periodToMs;
                if (message.settlementCount != null && $Object.hasOwnProperty.call(message, "settlementCount"))
                    object.settlementCount = message.settlementCount;
                if (message.totalFen != null && $Object.hasOwnProperty.call(message, "totalFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.totalFen = typeof message.totalFen === "number" ? $BigInt(message.totalFen) : $util.Long.fromBits(message.totalFen.low >>> 0, message.totalFen.high >>> 0, false).toBigInt();
                    else if (typeof message.totalFen === "number")
                        object.totalFen = options.longs === $String ? $String(message.totalFen) : message.totalFen;
                    else
                        object.totalFen = options.longs === $String ? $util.Long.prototype.toString.call(message.totalFen) : options.longs === $Number ? new $util.LongBits(message.totalFen.low >>> 0, message.totalFen.high >>> 0).toNumber() : message.totalFen;
                if (message.fundFen != null && $Object.hasOwnProperty.call(message, "fundFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.fundFen = typeof message.fundFen === "number" ? $BigInt(message.fundFen) : $util.Long.fromBits(message.fundFen.low >>> 0, message.fundFen.high >>> 0, false).toBigInt();
                    else if (typeof message.fundFen === "number")
                        object.fundFen = options.longs === $String ? $String(message.fundFen) : message.fundFen;
                    else
                        object.fundFen = options.longs === $String ? $util.Long.prototype.toString.call(message.fundFen) : options.longs === $Number ? new $util.LongBits(message.fundFen.low >>> 0, message.fundFen.high >>> 0).toNumber() : message.fundFen;
                if (message.accountFen != null && $Object.hasOwnProperty.call(message, "accountFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.accountFen = typeof message.accountFen === "number" ? $BigInt(message.accountFen) : $util.Long.fromBits(message.accountFen.low >>> 0, message.accountFen.high >>> 0, false).toBigInt();
                    else if (typeof message.accountFen === "number")
                        object.accountFen = options.longs === $String ? $String(message.accountFen) : message.accountFen;
                    else
                        object.accountFen = options.longs === $String ? $util.Long.prototype.toString.call(message.accountFen) : options.longs === $Number ? new $util.LongBits(message.accountFen.low >>> 0, message.accountFen.high >>> 0).toNumber() : message.accountFen;
                if (message.cashFen != null && $Object.hasOwnProperty.call(message, "cashFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cashFen = typeof message.cashFen === "number" ? $BigInt(message.cashFen) : $util.Long.fromBits(message.cashFen.low >>> 0, message.cashFen.high >>> 0, false).toBigInt();
                    else if (typeof message.cashFen === "number")
                        object.cashFen = options.longs === $String ? $String(message.cashFen) : message.cashFen;
                    else
                        object.cashFen = options.longs === $String ? $util.Long.prototype.toString.call(message.cashFen) : options.longs === $Number ? new $util.LongBits(message.cashFen.low >>> 0, message.cashFen.high >>> 0).toNumber() : message.cashFen;
                return object;
            };

            /**
             * Converts this ReconcileTotalsRequest to JSON.
             * @function toJSON
             * @memberof ssc.v1.ReconcileTotalsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReconcileTotalsRequest.prototype.toJSON = function() {
                return ReconcileTotalsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ReconcileTotalsRequest;
        })();

        v1.ReconcileTotalsReply = (function() {

            /**
             * Properties of a ReconcileTotalsReply.
             * @typedef {Object} ssc.v1.ReconcileTotalsReply.$Properties
             * @property {ssc.v1.Outcome.$Properties|null} [outcome] ReconcileTotalsReply outcome
             * @property {boolean|null} [matched] ReconcileTotalsReply matched
             * @property {number|null} [settlementCount] ReconcileTotalsReply settlementCount
             * @property {number|Long|null} [totalFen] ReconcileTotalsReply totalFen
             * @property {number|Long|null} [fundFen] ReconcileTotalsReply fundFen
             * @property {number|Long|null} [accountFen] ReconcileTotalsReply accountFen
             * @property {number|Long|null} [cashFen] ReconcileTotalsReply cashFen
             * @property {Array.<string>|null} [mismatched] ReconcileTotalsReply mismatched
             * @property {number|null} [settledCount] ReconcileTotalsReply settledCount
             * @property {number|null} [cancelledCount] ReconcileTotalsReply cancelledCount
             * @property {number|null} [budgetUs] ReconcileTotalsReply budgetUs
             * @property {ssc.v1.Timings.$Properties|null} [timings] ReconcileTotalsReply timings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReconcileTotalsReply.
             * @memberof ssc.v1
             * @interface IReconcileTotalsReply
             * @augments ssc.v1.ReconcileTotalsReply.$Properties
             * @deprecated Use ssc.v1.ReconcileTotalsReply.$Properties instead.
             */

            /**
             * Shape of a ReconcileTotalsReply.
             * @typedef {ssc.v1.ReconcileTotalsReply.$Properties} ssc.v1.ReconcileTotalsReply.$Shape
             */

            /**
             * Constructs a new ReconcileTotalsReply.
             * @memberof ssc.v1
             * @classdesc Represents a ReconcileTotalsReply.
             * @constructor
             * @param {ssc.v1.ReconcileTotalsReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReconcileTotalsReply = function (properties) {
                this.mismatched = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReconcileTotalsReply outcome.
             * @member {ssc.v1.Outcome.$Properties|null|undefined} outcome
             * @memberof ssc.v1.ReconcileTotalsReply
             * @instance
             */
            ReconcileTotalsReply.prototype.outcome = null;

            /**
             * ReconcileTotalsReply matched.
             * @member {boolean} matched
             * @memberof ssc.v1.ReconcileTotalsReply
             * @instance
             */
            ReconcileTotalsReply.prototype.matched = false;

            /**
             * ReconcileTotalsReply settlementCount.
             * @member {number} settlementCount
             * @memberof ssc.v1.ReconcileTotalsReply
             * @instance
             */
            ReconcileTotalsReply.prototype.settlementCount = 0;

            /**
             * ReconcileTotalsReply totalFen.
             * @member {number|Long} totalFen
             * @memberof ssc.v1.ReconcileTotalsReply
             * @instance
             */
            ReconcileTotalsReply.prototype.totalFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ReconcileTotalsReply fundFen.
             * @member {number|Long} fundFen
             * @memberof ssc.v1.ReconcileTotalsReply
             * @instance
             */
            ReconcileTotalsReply.prototype.fundFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ReconcileTotalsReply accountFen.
             * @member {number|Long} accountFen
             * @memberof ssc.v1.ReconcileTotalsReply
             * @instance
             */
            ReconcileTotalsReply.prototype.accountFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ReconcileTotalsReply cashFen.
             * @member {number|Long} cashFen
             * @memberof ssc.v1.ReconcileTotalsReply
             * @instance
             */
            ReconcileTotalsReply.prototype.cashFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ReconcileTotalsReply mismatched.
             * @member {Array.<string>} mismatched
             * @memberof ssc.v1.ReconcileTotalsReply
             * @instance
             */
            ReconcileTotalsReply.prototype.mismatched = $util.emptyArray;

            /**
             * ReconcileTotalsReply settledCount.
             * @member {number} settledCount
             * @memberof ssc.v1.ReconcileTotalsReply
             * @instance
             */
            ReconcileTotalsReply.prototype.settledCount = 0;

            /**
             * ReconcileTotalsReply cancelledCount.
             * @member {number} cancelledCount
             * @memberof ssc.v1.ReconcileTotalsReply
             * @instance
             */
            ReconcileTotalsReply.prototype.cancelledCount = 0;

            /**
             * ReconcileTotalsReply budgetUs.
             * @member {number} budgetUs
             * @memberof ssc.v1.ReconcileTotalsReply
             * @instance
             */
            ReconcileTotalsReply.prototype.budgetUs = 0;

            /**
             * ReconcileTotalsReply timings.
             * @member {ssc.v1.Timings.$Properties|null|undefined} timings
             * @memberof ssc.v1.ReconcileTotalsReply
             * @instance
             */
            ReconcileTotalsReply.prototype.timings = null;

            /**
             * Encodes the specified ReconcileTotalsReply message. Does not implicitly {@link ssc.v1.ReconcileTotalsReply.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.ReconcileTotalsReply
             * @static
             * @param {ssc.v1.ReconcileTotalsReply.$Properties} message ReconcileTotalsReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReconcileTotalsReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    $root.ssc.v1.Outcome.encode(message.outcome, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.matched != null && $Object.hasOwnProperty.call(message, "matched") && message.matched !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.matched);
                if (message.settlementCount != null && $Object.hasOwnProperty.call(message, "settlementCount") && message.settlementCount !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.settlementCount);
                if (message.totalFen != null && $Object.hasOwnProperty.call(message, "totalFen") && (typeof message.totalFen === "object" ? message.totalFen.low || message.totalFen.high : message.totalFen !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.totalFen);
                if (message.fundFen != null && $Object.hasOwnProperty.call(message, "fundFen") && (typeof message.fundFen === "object" ? message.fundFen.low || message.fundFen.high : message.fundFen !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.fundFen);
                if (message.accountFen != null && $Object.hasOwnProperty.call(message, "accountFen") && (typeof message.accountFen === "object" ? message.accountFen.low || message.accountFen.high : message.accountFen !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.accountFen);
                if (message.cashFen != null && $Object.hasOwnProperty.call(message, "cashFen") && (typeof message.cashFen === "object" ? message.cashFen.low || message.cashFen.high : message.cashFen !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.cashFen);
                if (message.mismatched != null && message.mismatched.length)
                    for (let i = 0; i < message.mismatched.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.mismatched[i]);
                if (message.settledCount != null && $Object.hasOwnProperty.call(message, "settledCount") && message.settledCount !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.settledCount);
                if (message.cancelledCount != null && $Object.hasOwnProperty.call(message, "cancelledCount") && message.cancelledCount !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.cancelledCount);
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs") && message.budgetUs !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.budgetUs);
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    $root.ssc.v1.Timings.encode(message.timings, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReconcileTotalsReply message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.ReconcileTotalsReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.ReconcileTotalsReply & ssc.v1.ReconcileTotalsReply.$Shape} ReconcileTotalsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReconcileTotalsReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.ReconcileTotalsReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.outcome = $root.ssc.v1.Outcome.decode(reader, reader.size(), $undefined, _depth + 1, message.outcome);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.matched = value;
                            else
                                delete message.matched;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.settlementCount = value;
                            else
                                delete message.settlementCount;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalFen = value;
                            else
                                delete message.totalFen;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.fundFen = value;
                            else
                                delete message.fundFen;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.accountFen = value;
                            else
                                delete message.accountFen;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.cashFen = value;
                            else
                                delete message.cashFen;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.mismatched && message.mismatched.length))
                                message.mismatched = [];
                            message.mismatched.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.settledCount = value;
                            else
                                delete message.settledCount;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cancelledCount = value;
                            else
                                delete message.cancelledCount;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.budgetUs = value;
                            else
                                delete message.budgetUs;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.timings = $root.ssc.v1.Timings.decode(reader, reader.size(), $undefined, _depth + 1, message.timings);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ReconcileTotalsReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.ReconcileTotalsReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.ReconcileTotalsReply} ReconcileTotalsReply
             */
            ReconcileTotalsReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.ReconcileTotalsReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.ReconcileTotalsReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.ReconcileTotalsReply();
                if (object.outcome != null) {
                    if (!$util.isObject(object.outcome))
                        throw $TypeError(".ssc.v1.ReconcileTotalsReply.outcome: object expected");
                    message.outcome = $root.ssc.v1.Outcome.fromObject(object.outcome, _depth + 1);
                }
                if (object.matched != null)
                    if (object.matched)
                        message.matched = $Boolean(object.matched);
                if (object.settlementCount != null)
                    if ($Number(object.settlementCount) !== 0)
                        message.settlementCount = object.settlementCount | 0;
                if (object.totalFen != null)
                    if (typeof object.totalFen === "object" ? object.totalFen.low || object.totalFen.high : $Number(object.totalFen) !== 0)
                        if ($util.Long)
                            message.totalFen = $util.Long.fromValue(object.totalFen, false);
                        else if (typeof object.totalFen === "string")
                            message.totalFen = $parseInt(object.totalFen, 10);
                        else if (typeof object.totalFen === "number")
                            message.totalFen = object.totalFen;
                        else if (typeof object.totalFen === "object")
                            message.totalFen = new $util.LongBits(object.totalFen.low >>> 0, object.totalFen.high >>> 0).toNumber();
                if (object.fundFen != null)
                    if (typeof object.fundFen === "object" ? object.fundFen.low || object.fundFen.high : $Number(object.fundFen) !== 0)
                        if ($util.Long)
                            message.fundFen = $util.Long.fromValue(object.fundFen, false);
                        else if (typeof object.fundFen === "string")
                            message.fundFen = $parseInt(object.fundFen, 10);
                        else if (typeof object.fundFen === "number")
                            message.fundFen = object.fundFen;
                        else if (typeof object.fundFen === "object")
                            message.fundFen = new $util.LongBits(object.fundFen.low >>> 0, object.fundFen.high >>> 0).toNumber();
                if (object.accountFen != null)
                    if (typeof object.accountFen === "object" ? object.accountFen.low || object.accountFen.high : $Number(object.accountFen) !== 0)
                        if ($util.Long)
                            message.accountFen = $util.Long.fromValue(object.accountFen, false);
                        else if (typeof object.accountFen === "string")
                            message.accountFen = $parseInt(object.accountFen, 10);
                        else if (typeof object.accountFen === "number")
                            message.accountFen = object.accountFen;
                        else if (typeof object.accountFen === "object")
                            message.accountFen = new $util.LongBits(object.accountFen.low >>> 0, object.accountFen.high >>> 0).toNumber();
                if (object.cashFen != null)
                    if (typeof object.cashFen === "object" ? object.cashFen.low || object.cashFen.high : $Number(object.cashFen) !== 0)
                        if ($util.Long)
                            message.cashFen = $util.Long.fromValue(object.cashFen, false);
                        else if (typeof object.cashFen === "string")
                            message.cashFen = $parseInt(object.cashFen, 10);
                        else if (typeof object.cashFen === "number")
                            message.cashFen = object.cashFen;
                        else if (typeof object.cashFen === "object")
                            message.cashFen = new $util.LongBits(object.cashFen.low >>> 0, object.cashFen.high >>> 0).toNumber();
                if (object.mismatched) {
                    if (!$Array.isArray(object.mismatched))
                        throw $TypeError(".ssc.v1.ReconcileTotalsReply.mismatched: array expected");
                    message.mismatched = $Array(object.mismatched.length);
                    for (let i = 0; i < object.mismatched.length; ++i)
                        message.mismatched[i] = $String(object.mismatched[i]);
                }
                if (object.settledCount != null)
                    if ($Number(object.settledCount) !== 0)
                        message.settledCount = object.settledCount >>> 0;
                if (object.cancelledCount != null)
                    if ($Number(object.cancelledCount) !== 0)
                        message.cancelledCount = object.cancelledCount >>> 0;
                if (object.budgetUs != null)
                    if ($Number(object.budgetUs) !== 0)
                        message.budgetUs = object.budgetUs >>> 0;
                if (object.timings != null) {
                    if (!$util.isObject(object.timings))
                        throw $TypeError(".ssc.v1.ReconcileTotalsReply.timings: object expected");
                    message.timings = $root.ssc.v1.Timings.fromObject(object.timings, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ReconcileTotalsReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.ReconcileTotalsReply
             * @static
             * @param {ssc.v1.ReconcileTotalsReply} message ReconcileTotalsReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReconcileTotalsReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.mismatched = [];
                if (options.defaults) {
                    object.outcome = null;
                    object.matched = false;
                    object.settlementCount = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.totalFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.totalFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.fundFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.fundFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.accountFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.accountFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.cashFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cashFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.settledCount = 0;
                    object.cancelledCount = 0;
                    object.budgetUs = 0;
                    object.timings = null;
                }
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = $root.ssc.v1.Outcome.toObject(message.outcome, options, _depth + 1);
                if (message.matched != null && $Object.hasOwnProperty.call(message, "matched"))
                    object.matched = message.matched;
                if (message.settlementCount != null && $Object.hasOwnProperty.call(message, "settlementCount"))
                    object.settlementCount = message.settlementCount;
                if (message.totalFen != null && $Object.hasOwnProperty.call(message, "totalFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.totalFen = typeof message.totalFen === "number" ? $BigInt(message.totalFen) : $util.Long.fromBits(message.totalFen.low >>> 0, message.totalFen.high >>> 0, false).toBigInt();
                    else if (typeof message.totalFen === "number")
                        object.totalFen = options.longs === $String ? $String(message.totalFen) : message.totalFen;
                    else
                        object.totalFen = options.longs === $String ? $util.Long.prototype.toString.call(message.totalFen) : options.longs === $Number ? new $util.LongBits(message.totalFen.low >>> 0, message.totalFen.high >>> 0).toNumber() : message.totalFen;
                if (message.fundFen != null && $Object.hasOwnProperty.call(message, "fundFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.fundFen = typeof message.fundFen === "number" ? $BigInt(message.fundFen) : $util.Long.fromBits(message.fundFen.low >>> 0, message.fundFen.high >>> 0, false).toBigInt();
                    else if (typeof message.fundFen === "number")
                        object.fundFen = options.longs === $String ? $String(message.fundFen) : message.fundFen;
                    else
                        object.fundFen = options.longs === $String ? $util.Long.prototype.toString.call(message.fundFen) : options.longs === $Number ? new $util.LongBits(message.fundFen.low >>> 0, message.fundFen.high >>> 0).toNumber() : message.fundFen;
                if (message.accountFen != null && $Object.hasOwnProperty.call(message, "accountFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.accountFen = typeof message.accountFen === "number" ? $BigInt(message.accountFen) : $util.Long.fromBits(message.accountFen.low >>> 0, message.accountFen.high >>> 0, false).toBigInt();
                    else if (typeof message.accountFen === "number")
                        object.accountFen = options.longs === $String ? $String(message.accountFen) : message.accountFen;
                    else
                        object.accountFen = options.longs === $String ? $util.Long.prototype.toString.call(message.accountFen) : options.longs === $Number ? new $util.LongBits(message.accountFen.low >>> 0, message.accountFen.high >>> 0).toNumber() : message.accountFen;
                if (message.cashFen != null && $Object.hasOwnProperty.call(message, "cashFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cashFen = typeof message.cashFen === "number" ? $BigInt(message.cashFen) : $util.Long.fromBits(message.cashFen.low >>> 0, message.cashFen.high >>> 0, false).toBigInt();
                    else if (typeof message.cashFen === "number")
                        object.cashFen = options.longs === $String ? $String(message.cashFen) : message.cashFen;
                    else
                        object.cashFen = options.longs === $String ? $util.Long.prototype.toString.call(message.cashFen) : options.longs === $Number ? new $util.LongBits(message.cashFen.low >>> 0, message.cashFen.high >>> 0).toNumber() : message.cashFen;
                if (message.mismatched && message.mismatched.length) {
                    object.mismatched = $Array(message.mismatched.length);
                    for (let j = 0; j < message.mismatched.length; ++j)
                        object.mismatched[j] = message.mismatched[j];
                }
                if (message.settledCount != null && $Object.hasOwnProperty.call(message, "settledCount"))
                    object.settledCount = message.settledCount;
                if (message.cancelledCount != null && $Object.hasOwnProperty.call(message, "cancelledCount"))
                    object.cancelledCount = message.cancelledCount;
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs"))
                    object.budgetUs = message.budgetUs;
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    object.timings = $root.ssc.v1.Timings.toObject(message.timings, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ReconcileTotalsReply to JSON.
             * @function toJSON
             * @memberof ssc.v1.ReconcileTotalsReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReconcileTotalsReply.prototype.toJSON = function() {
                return ReconcileTotalsReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ReconcileTotalsReply;
        })();

        v1.ListSettlementsRequest = (function() {

            /**
             * Properties of a ListSettlementsRequest.
             * @typedef {Object} ssc.v1.ListSettlementsRequest.$Properties
             * @property {ssc.v1.RequestHeader.$Properties|null} [header] ListSettlementsRequest header
             * @property {ssc.v1.InsuranceType|null} [insuranceType] ListSettlementsRequest insuranceType
             * @property {ssc.v1.ClearingType|null} [clearingType] ListSettlementsRequest clearingType
             * @property {number|Long|null} [periodFromMs] ListSettlementsRequest periodFromMs
             * @property {number|Long|null} [periodToMs] ListSettlementsRequest periodToMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListSettlementsRequest.
             * @memberof ssc.v1
             * @interface IListSettlementsRequest
             * @augments ssc.v1.ListSettlementsRequest.$Properties
             * @deprecated Use ssc.v1.ListSettlementsRequest.$Properties instead.
             */

            /**
             * Shape of a ListSettlementsRequest.
             * @typedef {ssc.v1.ListSettlementsRequest.$Properties} ssc.v1.ListSettlementsRequest.$Shape
             */

            /**
             * Constructs a new ListSettlementsRequest.
             * @memberof ssc.v1
             * @classdesc Represents a ListSettlementsRequest.
             * @constructor
             * @param {ssc.v1.ListSettlementsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListSettlementsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListSettlementsRequest header.
             * @member {ssc.v1.RequestHeader.$Properties|null|undefined} header
             * @memberof ssc.v1.ListSettlementsRequest
             * @instance
             */
            ListSettlementsRequest.prototype.header = null;

            /**
             * ListSettlementsRequest insuranceType.
             * @member {ssc.v1.InsuranceType} insuranceType
             * @memberof ssc.v1.ListSettlementsRequest
             * @instance
             */
            ListSettlementsRequest.prototype.insuranceType = 0;

            /**
             * ListSettlementsRequest clearingType.
             * @member {ssc.v1.ClearingType} clearingType
             * @memberof ssc.v1.ListSettlementsRequest
             * @instance
             */
            ListSettlementsRequest.prototype.clearingType = 0;

            /**
             * ListSettlementsRequest periodFromMs.
             * @member {number|Long} periodFromMs
             * @memberof ssc.v1.ListSettlementsRequest
             * @instance
             */
            ListSettlementsRequest.prototype.periodFromMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ListSettlementsRequest periodToMs.
             * @member {number|Long} periodToMs
             * @memberof ssc.v1.ListSettlementsRequest
             * @instance
             */
            ListSettlementsRequest.prototype.periodToMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified ListSettlementsRequest message. Does not implicitly {@link ssc.v1.ListSettlementsRequest.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.ListSettlementsRequest
             * @static
             * @param {ssc.v1.ListSettlementsRequest.$Properties} message ListSettlementsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListSettlementsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.ssc.v1.RequestHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.insuranceType != null && $Object.hasOwnProperty.call(message, "insuranceType") && message.insuranceType !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.insuranceType);
                if (message.clearingType != null && $Object.hasOwnProperty.call(message, "clearingType") && message.clearingType !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.clearingType);
                if (message.periodFromMs != null && $Object.hasOwnProperty.call(message, "periodFromMs") && (typeof message.periodFromMs === "object" ? message.periodFromMs.low || message.periodFromMs.high : message.periodFromMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.periodFromMs);
                if (message.periodToMs != null && $Object.hasOwnProperty.call(message, "periodToMs") && (typeof message.periodToMs === "object" ? message.periodToMs.low || message.periodToMs.high : message.periodToMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.periodToMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListSettlementsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.ListSettlementsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.ListSettlementsRequest & ssc.v1.ListSettlementsRequest.$Shape} ListSettlementsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListSettlementsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.ListSettlementsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.ssc.v1.RequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.insuranceType = value;
                            else
                                delete message.insuranceType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.clearingType = value;
                            else
                                delete message.clearingType;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.periodFromMs = value;
                            else
                                delete message.periodFromMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.periodToMs = value;
                            else
                                delete message.periodToMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ListSettlementsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.ListSettlementsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.ListSettlementsRequest} ListSettlementsRequest
             */
            ListSettlementsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.ListSettlementsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.ListSettlementsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.ListSettlementsRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".ssc.v1.ListSettlementsRequest.header: object expected");
                    message.header = $root.ssc.v1.RequestHeader.fromObject(object.header, _depth + 1);
                }
                if (object.insuranceType !== 0 && (typeof object.insuranceType !== "string" || $root.ssc.v1.InsuranceType[object.insuranceType] !== 0))
                    switch (object.insuranceType) {
                    case "INSURANCE_TYPE_UNSPECIFIED":
                    case 0:
                        message.insuranceType = 0;
                        break;
                    case "INSURANCE_TYPE_EMPLOYEE_BASIC":
                    case 310:
                        message.insuranceType = 310;
                        break;
                    case "INSURANCE_TYPE_CIVIL_SERVANT":
                    case 320:
                        message.insuranceType = 320;
                        break;
                    case "INSURANCE_TYPE_LARGE_AMOUNT":
                    case 330:
                        message.insuranceType = 330;
                        break;
                    case "INSURANCE_TYPE_RESIDENT":
                    case 390:
                        message.insuranceType = 390;
                        break;
                    default:
                        if (typeof object.insuranceType === "number" && (object.insuranceType | 0) === object.insuranceType)
                            message.insuranceType = object.insuranceType;
                    }
                if (object.clearingType !== 0 && (typeof object.clearingType !== "string" || $root.ssc.v1.ClearingType[object.clearingType] !== 0))
                    switch (object.clearingType) {
                    case "CLEARING_TYPE_UNSPECIFIED":
                    case 0:
                        message.clearingType = 0;
                        break;
                    case "CLEARING_TYPE_OUTPATIENT":
                    case 11:
                        message.clearingType = 11;
                        break;
                    case "CLEARING_TYPE_INPATIENT":
                    case 21:
                        message.clearingType = 21;
                        break;
                    case "CLEARING_TYPE_PHARMACY":
                    case 41:
                        message.clearingType = 41;
                        break;
                    default:
                        if (typeof object.clearingType === "number" && (object.clearingType | 0) === object.clearingType)
                            message.clearingType = object.clearingType;
                    }
                if (object.periodFromMs != null)
                    if (typeof object.periodFromMs === "object" ? object.periodFromMs.low || object.periodFromMs.high : $Number(object.periodFromMs) !== 0)
                        if ($util.Long)
                            message.periodFromMs = $util.Long.fromValue(object.periodFromMs, false);
                        else if (typeof object.periodFromMs === "string")
                            message.periodFromMs = $parseInt(object.periodFromMs, 10);
                        else if (typeof object.periodFromMs === "number")
                            message.periodFromMs = object.periodFromMs;
                        else if (typeof object.periodFromMs === "object")
                            message.periodFromMs = new $util.LongBits(object.periodFromMs.low >>> 0, object.periodFromMs.high >>> 0).toNumber();
                if (object.periodToMs != null)
                    if (typeof object.periodToMs === "object" ? object.periodToMs.low || object.periodToMs.high : $Number(object.periodToMs) !== 0)
                        if ($util.Long)
                            message.periodToMs = $util.Long.fromValue(object.periodToMs, false);
                        else if (typeof object.periodToMs === "string")
                            message.periodToMs = $parseInt(object.periodToMs, 10);
                        else if (typeof object.periodToMs === "number")
                            message.periodToMs = object.periodToMs;
                        else if (typeof object.periodToMs === "object")
                            message.periodToMs = new $util.LongBits(object.periodToMs.low >>> 0, object.periodToMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a ListSettlementsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.ListSettlementsRequest
             * @static
             * @param {ssc.v1.ListSettlementsRequest} message ListSettlementsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListSettlementsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.header = null;
                    object.insuranceType = options.enums === $String ? "INSURANCE_TYPE_UNSPECIFIED" : 0;
                    object.clearingType = options.enums === $String ? "CLEARING_TYPE_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.periodFromMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.periodFromMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.periodToMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.periodToMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.ssc.v1.RequestHeader.toObject(message.header, options, _depth + 1);
                if (message.insuranceType != null && $Object.hasOwnProperty.call(message, "insuranceType"))
                    object.insuranceType = options.enums === $String ? $root.ssc.v1.InsuranceType[message.insuranceType] === $undefined ? message.insuranceType : $root.ssc.v1.InsuranceType[message.insuranceType] : message.insuranceType;
                if (message.clearingType != null && $Object.hasOwnProperty.call(message, "clearingType"))
                    object.clearingType = options.enums === $String ? $root.ssc.v1.ClearingType[message.clearingType] === $undefined ? message.clearingType : $root.ssc.v1.ClearingType[message.clearingType] : message.clearingType;
                if (message.periodFromMs != null && $Object.hasOwnProperty.call(message, "periodFromMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.periodFromMs = typeof message.periodFromMs === "number" ? $BigInt(message.periodFromMs) : $util.Long.fromBits(message.periodFromMs.low >>> 0, message.periodFromMs.high >>> 0, false).toBigInt();
                    else if (typeof message.periodFromMs === "number")
                        object.periodFromMs = options.longs === $String ? $String(message.periodFromMs) : message.periodFromMs;
                    else
                        object.periodFromMs = options.longs === $String ? $util.Long.prototype.toString.call(message.periodFromMs) : options.longs === $Number ? new $util.LongBits(message.periodFromMs.low >>> 0, message.periodFromMs.high >>> 0).toNumber() : message.periodFromMs;
                if (message.periodToMs != null && $Object.hasOwnProperty.call(message, "periodToMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.periodToMs = typeof message.periodToMs === "number" ? $BigInt(message.periodToMs) : $util.Long.fromBits(message.periodToMs.low >>> 0, message.periodToMs.high >>> 0, false).toBigInt();
                    else if (typeof message.periodToMs === "number")
                        object.periodToMs = options.longs === $String ? $String(message.periodToMs) : message.periodToMs;
                    else
                        object.periodToMs = options.longs === $String ? $util.Long.prototype.toString.call(message.periodToMs) : options.longs === $Number ? new $util.LongBits(message.periodToMs.low >>> 0, message.periodToMs.high >>> 0).toNumber() : message.periodToMs;
                return object;
            };

            /**
             * Converts this ListSettlementsRequest to JSON.
             * @function toJSON
             * @memberof ssc.v1.ListSettlementsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListSettlementsRequest.prototype.toJSON = function() {
                return ListSettlementsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ListSettlementsRequest;
        })();

        /**
         * EntryKind enum.
         * @name ssc.v1.EntryKind
         * @enum {number}
         * @property {number} ENTRY_KIND_UNSPECIFIED=0 ENTRY_KIND_UNSPECIFIED value
         * @property {number} ENTRY_KIND_SETTLE=1 ENTRY_KIND_SETTLE value
         * @property {number} ENTRY_KIND_CANCEL=2 ENTRY_KIND_CANCEL value
         * @property {number} ENTRY_KIND_REVERSE=3 ENTRY_KIND_REVERSE value
         */
        v1.EntryKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ENTRY_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ENTRY_KIND_SETTLE"] = 1;
            values[valuesById[2] = "ENTRY_KIND_CANCEL"] = 2;
            values[valuesById[3] = "ENTRY_KIND_REVERSE"] = 3;
            return values;
        })();

        /**
         * SettlementState enum.
         * @name ssc.v1.SettlementState
         * @enum {number}
         * @property {number} SETTLEMENT_STATE_UNSPECIFIED=0 SETTLEMENT_STATE_UNSPECIFIED value
         * @property {number} SETTLEMENT_STATE_LIVE=1 SETTLEMENT_STATE_LIVE value
         * @property {number} SETTLEMENT_STATE_CANCELLED=2 SETTLEMENT_STATE_CANCELLED value
         * @property {number} SETTLEMENT_STATE_REVERSED=3 SETTLEMENT_STATE_REVERSED value
         */
        v1.SettlementState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SETTLEMENT_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SETTLEMENT_STATE_LIVE"] = 1;
            values[valuesById[2] = "SETTLEMENT_STATE_CANCELLED"] = 2;
            values[valuesById[3] = "SETTLEMENT_STATE_REVERSED"] = 3;
            return values;
        })();

        v1.SettlementDetail = (function() {

            /**
             * Properties of a SettlementDetail.
             * @typedef {Object} ssc.v1.SettlementDetail.$Properties
             * @property {string|null} [entryId] SettlementDetail entryId
             * @property {ssc.v1.EntryKind|null} [kind] SettlementDetail kind
             * @property {string|null} [msgId] SettlementDetail msgId
             * @property {number|Long|null} [timeMs] SettlementDetail timeMs
             * @property {ssc.v1.SettlementState|null} [state] SettlementDetail state
             * @property {string|null} [settlementId] SettlementDetail settlementId
             * @property {ssc.v1.InsuranceType|null} [insuranceType] SettlementDetail insuranceType
             * @property {ssc.v1.ClearingType|null} [clearingType] SettlementDetail clearingType
             * @property {number|Long|null} [totalFen] SettlementDetail totalFen
             * @property {number|Long|null} [fundFen] SettlementDetail fundFen
             * @property {number|Long|null} [accountFen] SettlementDetail accountFen
             * @property {number|Long|null} [cashFen] SettlementDetail cashFen
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SettlementDetail.
             * @memberof ssc.v1
             * @interface ISettlementDetail
             * @augments ssc.v1.SettlementDetail.$Properties
             * @deprecated Use ssc.v1.SettlementDetail.$Properties instead.
             */

            /**
             * Shape of a SettlementDetail.
             * @typedef {ssc.v1.SettlementDetail.$Properties} ssc.v1.SettlementDetail.$Shape
             */

            /**
             * Constructs a new SettlementDetail.
             * @memberof ssc.v1
             * @classdesc Represents a SettlementDetail.
             * @constructor
             * @param {ssc.v1.SettlementDetail.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SettlementDetail = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SettlementDetail entryId.
             * @member {string} entryId
             * @memberof ssc.v1.SettlementDetail
             * @instance
             */
            SettlementDetail.prototype.entryId = "";

            /**
             * SettlementDetail kind.
             * @member {ssc.v1.EntryKind} kind
             * @memberof ssc.v1.SettlementDetail
             * @instance
             */
            SettlementDetail.prototype.kind = 0;

            /**
             * SettlementDetail msgId.
             * @member {string} msgId
             * @memberof ssc.v1.SettlementDetail
             * @instance
             */
            SettlementDetail.prototype.msgId = "";

            /**
             * SettlementDetail timeMs.
             * @member {number|Long} timeMs
             * @memberof ssc.v1.SettlementDetail
             * @instance
             */
            SettlementDetail.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SettlementDetail state.
             * @member {ssc.v1.SettlementState} state
             * @memberof ssc.v1.SettlementDetail
             * @instance
             */
            SettlementDetail.prototype.state = 0;

            /**
             * SettlementDetail settlementId.
             * @member {string} settlementId
             * @memberof ssc.v1.SettlementDetail
             * @instance
             */
            SettlementDetail.prototype.settlementId = "";

            /**
             * SettlementDetail insuranceType.
             * @member {ssc.v1.InsuranceType} insuranceType
             * @memberof ssc.v1.SettlementDetail
             * @instance
             */
            SettlementDetail.prototype.insuranceType = 0;

            /**
             * SettlementDetail clearingType.
             * @member {ssc.v1.ClearingType} clearingType
             * @memberof ssc.v1.SettlementDetail
             * @instance
             */
            SettlementDetail.prototype.clearingType = 0;

            /**
             * SettlementDetail totalFen.
             * @member {number|Long} totalFen
             * @memberof ssc.v1.SettlementDetail
             * @instance
             */
            SettlementDetail.prototype.totalFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SettlementDetail fundFen.
             * @member {number|Long} fundFen
             * @memberof ssc.v1.SettlementDetail
             * @instance
             */
            SettlementDetail.prototype.fundFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SettlementDetail accountFen.
             * @member {number|Long} accountFen
             * @memberof ssc.v1.SettlementDetail
             * @instance
             */
            SettlementDetail.prototype.accountFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SettlementDetail cashFen.
             * @member {number|Long} cashFen
             * @memberof ssc.v1.SettlementDetail
             * @instance
             */
            SettlementDetail.prototype.cashFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified SettlementDetail message. Does not implicitly {@link ssc.v1.SettlementDetail.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.SettlementDetail
             * @static
             * @param {ssc.v1.SettlementDetail.$Properties} message SettlementDetail message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SettlementDetail.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entryId != null && $Object.hasOwnProperty.call(message, "entryId") && message.entryId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.entryId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                if (message.msgId != null && $Object.hasOwnProperty.call(message, "msgId") && message.msgId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.msgId);
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.timeMs);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.state);
                if (message.settlementId != null && $Object.hasOwnProperty.call(message, "settlementId") && message.settlementId !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.settlementId);
                if (message.insuranceType != null && $Object.hasOwnProperty.call(message, "insuranceType") && message.insuranceType !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.insuranceType);
                if (message.clearingType != null && $Object.hasOwnProperty.call(message, "clearingType") && message.clearingType !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.clearingType);
                if (message.totalFen != null && $Object.hasOwnProperty.call(message, "totalFen") && (typeof message.totalFen === "object" ? message.totalFen.low || message.totalFen.high : message.totalFen !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.totalFen);
                if (message.fundFen != null && $Object.hasOwnProperty.call(message, "fundFen") && (typeof message.fundFen === "object" ? message.fundFen.low || message.fundFen.high : message.fundFen !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.fundFen);
                if (message.accountFen != null && $Object.hasOwnProperty.call(message, "accountFen") && (typeof message.accountFen === "object" ? message.accountFen.low || message.accountFen.high : message.accountFen !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).int64(message.accountFen);
                if (message.cashFen != null && $Object.hasOwnProperty.call(message, "cashFen") && (typeof message.cashFen === "object" ? message.cashFen.low || message.cashFen.high : message.cashFen !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).int64(message.cashFen);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SettlementDetail message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.SettlementDetail
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.SettlementDetail & ssc.v1.SettlementDetail.$Shape} SettlementDetail
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SettlementDetail.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.SettlementDetail();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.entryId = value;
                            else
                                delete message.entryId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.msgId = value;
                            else
                                delete message.msgId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeMs = value;
                            else
                                delete message.timeMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.settlementId = value;
                            else
                                delete message.settlementId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.insuranceType = value;
                            else
                                delete message.insuranceType;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.clearingType = value;
                            else
                                delete message.clearingType;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalFen = value;
                            else
                                delete message.totalFen;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.fundFen = value;
                            else
                                delete message.fundFen;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.accountFen = value;
                            else
                                delete message.accountFen;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.cashFen = value;
                            else
                                delete message.cashFen;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SettlementDetail message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.SettlementDetail
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.SettlementDetail} SettlementDetail
             */
            SettlementDetail.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.SettlementDetail)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.SettlementDetail: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.SettlementDetail();
                if (object.entryId != null)
                    if (typeof object.entryId !== "string" || object.entryId.length)
                        message.entryId = $String(object.entryId);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.ssc.v1.EntryKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "ENTRY_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "ENTRY_KIND_SETTLE":
                    case 1:
                        message.kind = 1;
                        break;
                    case "ENTRY_KIND_CANCEL":
                    case 2:
                        message.kind = 2;
                        break;
                    case "ENTRY_KIND_REVERSE":
                    case 3:
                        message.kind = 3;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.msgId != null)
                    if (typeof object.msgId !== "string" || object.msgId.length)
                        message.msgId = $String(object.msgId);
                if (object.timeMs != null)
                    if (typeof object.timeMs === "object" ? object.timeMs.low || object.timeMs.high : $Number(object.timeMs) !== 0)
                        if ($util.Long)
                            message.timeMs = $util.Long.fromValue(object.timeMs, false);
                        else if (typeof object.timeMs === "string")
                            message.timeMs = $parseInt(object.timeMs, 10);
                        else if (typeof object.timeMs === "number")
                            message.timeMs = object.timeMs;
                        else if (typeof object.timeMs === "object")
                            message.timeMs = new $util.LongBits(object.timeMs.low >>> 0, object.timeMs.high >>> 0).toNumber();
                if (object.state !== 0 && (typeof object.state !== "string" || $root.ssc.v1.SettlementState[object.state] !== 0))
                    switch (object.state) {
                    case "SETTLEMENT_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "SETTLEMENT_STATE_LIVE":
                    case 1:
                        message.state = 1;
                        break;
                    case "SETTLEMENT_STATE_CANCELLED":
                    case 2:
                        message.state = 2;
                        break;
                    case "SETTLEMENT_STATE_REVERSED":
                    case 3:
                        message.state = 3;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.settlementId != null)
                    if (typeof object.settlementId !== "string" || object.settlementId.length)
                        message.settlementId = $String(object.settlementId);
                if (object.insuranceType !== 0 && (typeof object.insuranceType !== "string" || $root.ssc.v1.InsuranceType[object.insuranceType] !== 0))
                    switch (object.insuranceType) {
                    case "INSURANCE_TYPE_UNSPECIFIED":
                    case 0:
                        message.insuranceType = 0;
                        break;
                    case "INSURANCE_TYPE_EMPLOYEE_BASIC":
                    case 310:
                        message.insuranceType = 310;
                        break;
                    case "INSURANCE_TYPE_CIVIL_SERVANT":
                    case 320:
                        message.insuranceType = 320;
                        break;
                    case "INSURANCE_TYPE_LARGE_AMOUNT":
                    case 330:
                        message.insuranceType = 330;
                        break;
                    case "INSURANCE_TYPE_RESIDENT":
                    case 390:
                        message.insuranceType = 390;
                        break;
                    default:
                        if (typeof object.insuranceType === "number" && (object.insuranceType | 0) === object.insuranceType)
                            message.insuranceType = object.insuranceType;
                    }
                if (object.clearingType !== 0 && (typeof object.clearingType !== "string" || $root.ssc.v1.ClearingType[object.clearingType] !== 0))
                    switch (object.clearingType) {
                    case "CLEARING_TYPE_UNSPECIFIED":
                    case 0:
                        message.clearingType = 0;
                        break;
                    case "CLEARING_TYPE_OUTPATIENT":
                    case 11:
                        message.clearingType = 11;
                        break;
                    case "CLEARING_TYPE_INPATIENT":
                    case 21:
                        message.clearingType = 21;
                        break;
                    case "CLEARING_TYPE_PHARMACY":
                    case 41:
                        message.clearingType = 41;
                        break;
                    default:
                        if (typeof object.clearingType === "number" && (object.clearingType | 0) === object.clearingType)
                            message.clearingType = object.clearingType;
                    }
                if (object.totalFen != null)
                    if (typeof object.totalFen === "object" ? object.totalFen.low || object.totalFen.high : $Number(object.totalFen) !== 0)
                        if ($util.Long)
                            message.totalFen = $util.Long.fromValue(object.totalFen, false);
                        else if (typeof object.totalFen === "string")
                            message.totalFen = $parseInt(object.totalFen, 10);
                        else if (typeof object.totalFen === "number")
                            message.totalFen = object.totalFen;
                        else if (typeof object.totalFen === "object")
                            message.totalFen = new $util.LongBits(object.totalFen.low >>> 0, object.totalFen.high >>> 0).toNumber();
                if (object.fundFen != null)
                    if (typeof object.fundFen === "object" ? object.fundFen.low || object.fundFen.high : $Number(object.fundFen) !== 0)
                        if ($util.Long)
                            message.fundFen = $util.Long.fromValue(object.fundFen, false);
                        else if (typeof object.fundFen === "string")
                            message.fundFen = $parseInt(object.fundFen, 10);
                        else if (typeof object.fundFen === "number")
                            message.fundFen = object.fundFen;
                        else if (typeof object.fundFen === "object")
                            message.fundFen = new $util.LongBits(object.fundFen.low >>> 0, object.fundFen.high >>> 0).toNumber();
                if (object.accountFen != null)
                    if (typeof object.accountFen === "object" ? object.accountFen.low || object.accountFen.high : $Number(object.accountFen) !== 0)
                        if ($util.Long)
                            message.accountFen = $util.Long.fromValue(object.accountFen, false);
                        else if (typeof object.accountFen === "string")
                            message.accountFen = $parseInt(object.accountFen, 10);
                        else if (typeof object.accountFen === "number")
                            message.accountFen = object.accountFen;
                        else if (typeof object.accountFen === "object")
                            message.accountFen = new $util.LongBits(object.accountFen.low >>> 0, object.accountFen.high >>> 0).toNumber();
                if (object.cashFen != null)
                    if (typeof object.cashFen === "object" ? object.cashFen.low || object.cashFen.high : $Number(object.cashFen) !== 0)
                        if ($util.Long)
                            message.cashFen = $util.Long.fromValue(object.cashFen, false);
                        else if (typeof object.cashFen === "string")
                            message.cashFen = $parseInt(object.cashFen, 10);
                        else if (typeof object.cashFen === "number")
                            message.cashFen = object.cashFen;
                        else if (typeof object.cashFen === "object")
                            message.cashFen = new $util.LongBits(object.cashFen.low >>> 0, object.cashFen.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a SettlementDetail message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.SettlementDetail
             * @static
             * @param {ssc.v1.SettlementDetail} message SettlementDetail
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SettlementDetail.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.entryId = "";
                    object.kind = options.enums === $String ? "ENTRY_KIND_UNSPECIFIED" : 0;
                    object.msgId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.state = options.enums === $String ? "SETTLEMENT_STATE_UNSPECIFIED" : 0;
                    object.settlementId = "";
                    object.insuranceType = options.enums === $String ? "INSURANCE_TYPE_UNSPECIFIED" : 0;
                    object.clearingType = options.enums === $String ? "CLEARING_TYPE_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.totalFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.totalFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.fundFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.fundFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.accountFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.accountFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.cashFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cashFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.entryId != null && $Object.hasOwnProperty.call(message, "entryId"))
                    object.entryId = message.entryId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.ssc.v1.EntryKind[message.kind] === $undefined ? message.kind : $root.ssc.v1.EntryKind[message.kind] : message.kind;
                if (message.msgId != null && $Object.hasOwnProperty.call(message, "msgId"))
                    object.msgId = message.msgId;
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeMs = typeof message.timeMs === "number" ? $BigInt(message.timeMs) : $util.Long.fromBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.timeMs === "number")
                        object.timeMs = options.longs === $String ? $String(message.timeMs) : message.timeMs;
                    else
                        object.timeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeMs) : options.longs === $Number ? new $util.LongBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0).toNumber() : message.timeMs;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.ssc.v1.SettlementState[message.state] === $undefined ? message.state : $root.ssc.v1.SettlementState[message.state] : message.state;
                if (message.settlementId != null && $Object.hasOwnProperty.call(message, "settlementId"))
                    object.settlementId = message.settlementId;
                if (message.insuranceType != null && $Object.hasOwnProperty.call(message, "insuranceType"))
                    object.insuranceType = options.enums === $String ? $root.ssc.v1.InsuranceType[message.insuranceType] === $undefined ? message.insuranceType : $root.ssc.v1.InsuranceType[message.insuranceType] : message.insuranceType;
                if (message.clearingType != null && $Object.hasOwnProperty.call(message, "clearingType"))
                    object.clearingType = options.enums === $String ? $root.ssc.v1.ClearingType[message.clearingType] === $undefined ? message.clearingType : $root.ssc.v1.ClearingType[message.clearingType] : message.clearingType;
                if (message.totalFen != null && $Object.hasOwnProperty.call(message, "totalFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.totalFen = typeof message.totalFen === "number" ? $BigInt(message.totalFen) : $util.Long.fromBits(message.totalFen.low >>> 0, message.totalFen.high >>> 0, false).toBigInt();
                    else if (typeof message.totalFen === "number")
                        object.totalFen = options.longs === $String ? $String(message.totalFen) : message.totalFen;
                    else
                        object.totalFen = options.longs === $String ? $util.Long.prototype.toString.call(message.totalFen) : options.longs === $Number ? new $util.LongBits(message.totalFen.low >>> 0, message.totalFen.high >>> 0).toNumber() : message.totalFen;
                if (message.fundFen != null && $Object.hasOwnProperty.call(message, "fundFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.fundFen = typeof message.fundFen === "number" ? $BigInt(message.fundFen) : $util.Long.fromBits(message.fundFen.low >>> 0, message.fundFen.high >>> 0, false).toBigInt();
                    else if (typeof message.fundFen === "number")
                        object.fundFen = options.longs === $String ? $String(message.fundFen) : message.fundFen;
                    else
                        object.fundFen = options.longs === $String ? $util.Long.prototype.toString.call(message.fundFen) : options.longs === $Number ? new $util.LongBits(message.fundFen.low >>> 0, message.fundFen.high >>> 0).toNumber() : message.fundFen;
                if (message.accountFen != null && $Object.hasOwnProperty.call(message, "accountFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.accountFen = typeof message.accountFen === "number" ? $BigInt(message.accountFen) : $util.Long.fromBits(message.accountFen.low >>> 0, message.accountFen.high >>> 0, false).toBigInt();
                    else if (typeof message.accountFen === "number")
                        object.accountFen = options.longs === $String ? $String(message.accountFen) : message.accountFen;
                    else
                        object.accountFen = options.longs === $String ? $util.Long.prototype.toString.call(message.accountFen) : options.longs === $Number ? new $util.LongBits(message.accountFen.low >>> 0, message.accountFen.high >>> 0).toNumber() : message.accountFen;
                if (message.cashFen != null && $Object.hasOwnProperty.call(message, "cashFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cashFen = typeof message.cashFen === "number" ? $BigInt(message.cashFen) : $util.Long.fromBits(message.cashFen.low >>> 0, message.cashFen.high >>> 0, false).toBigInt();
                    else if (typeof message.cashFen === "number")
                        object.cashFen = options.longs === $String ? $String(message.cashFen) : message.cashFen;
                    else
                        object.cashFen = options.longs === $String ? $util.Long.prototype.toString.call(message.cashFen) : options.longs === $Number ? new $util.LongBits(message.cashFen.low >>> 0, message.cashFen.high >>> 0).toNumber() : message.cashFen;
                return object;
            };

            /**
             * Converts this SettlementDetail to JSON.
             * @function toJSON
             * @memberof ssc.v1.SettlementDetail
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SettlementDetail.prototype.toJSON = function() {
                return SettlementDetail.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SettlementDetail;
        })();

        /**
         * VisitState enum.
         * @name ssc.v1.VisitState
         * @enum {number}
         * @property {number} VISIT_STATE_UNSPECIFIED=0 VISIT_STATE_UNSPECIFIED value
         * @property {number} VISIT_STATE_OPEN=1 VISIT_STATE_OPEN value
         * @property {number} VISIT_STATE_SETTLED=2 VISIT_STATE_SETTLED value
         * @property {number} VISIT_STATE_CANCELLED=3 VISIT_STATE_CANCELLED value
         * @property {number} VISIT_STATE_EXPIRED=4 VISIT_STATE_EXPIRED value
         */
        v1.VisitState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "VISIT_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "VISIT_STATE_OPEN"] = 1;
            values[valuesById[2] = "VISIT_STATE_SETTLED"] = 2;
            values[valuesById[3] = "VISIT_STATE_CANCELLED"] = 3;
            values[valuesById[4] = "VISIT_STATE_EXPIRED"] = 4;
            return values;
        })();

        v1.Diagnosis = (function() {

            /**
             * Properties of a Diagnosis.
             * @typedef {Object} ssc.v1.Diagnosis.$Properties
             * @property {string|null} [type] Diagnosis type
             * @property {number|null} [order] Diagnosis order
             * @property {string|null} [code] Diagnosis code
             * @property {string|null} [name] Diagnosis name
             * @property {boolean|null} [main] Diagnosis main
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Diagnosis.
             * @memberof ssc.v1
             * @interface IDiagnosis
             * @augments ssc.v1.Diagnosis.$Properties
             * @deprecated Use ssc.v1.Diagnosis.$Properties instead.
             */

            /**
             * Shape of a Diagnosis.
             * @typedef {ssc.v1.Diagnosis.$Properties} ssc.v1.Diagnosis.$Shape
             */

            /**
             * Constructs a new Diagnosis.
             * @memberof ssc.v1
             * @classdesc Represents a Diagnosis.
             * @constructor
             * @param {ssc.v1.Diagnosis.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Diagnosis = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Diagnosis type.
             * @member {string} type
             * @memberof ssc.v1.Diagnosis
             * @instance
             */
            Diagnosis.prototype.type = "";

            /**
             * Diagnosis order.
             * @member {number} order
             * @memberof ssc.v1.Diagnosis
             * @instance
             */
            Diagnosis.prototype.order = 0;

            /**
             * Diagnosis code.
             * @member {string} code
             * @memberof ssc.v1.Diagnosis
             * @instance
             */
            Diagnosis.prototype.code = "";

            /**
             * Diagnosis name.
             * @member {string} name
             * @memberof ssc.v1.Diagnosis
             * @instance
             */
            Diagnosis.prototype.name = "";

            /**
             * Diagnosis main.
             * @member {boolean} main
             * @memberof ssc.v1.Diagnosis
             * @instance
             */
            Diagnosis.prototype.main = false;

            /**
             * Encodes the specified Diagnosis message. Does not implicitly {@link ssc.v1.Diagnosis.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.Diagnosis
             * @static
             * @param {ssc.v1.Diagnosis.$Properties} message Diagnosis message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Diagnosis.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.order != null && $Object.hasOwnProperty.call(message, "order") && message.order !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.order);
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.code);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.name);
                if (message.main != null && $Object.hasOwnProperty.call(message, "main") && message.main !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.main);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Diagnosis message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.Diagnosis
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.Diagnosis & ssc.v1.Diagnosis.$Shape} Diagnosis
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Diagnosis.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.Diagnosis();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.order = value;
                            else
                                delete message.order;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.main = value;
                            else
                                delete message.main;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Diagnosis message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.Diagnosis
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.Diagnosis} Diagnosis
             */
            Diagnosis.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.Diagnosis)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.Diagnosis: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.Diagnosis();
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.order != null)
                    if ($Number(object.order) !== 0)
                        message.order = object.order >>> 0;
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.main != null)
                    if (object.main)
                        message.main = $Boolean(object.main);
                return message;
            };

            /**
             * Creates a plain object from a Diagnosis message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.Diagnosis
             * @static
             * @param {ssc.v1.Diagnosis} message Diagnosis
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Diagnosis.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = "";
                    object.order = 0;
                    object.code = "";
                    object.name = "";
                    object.main = false;
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.order != null && $Object.hasOwnProperty.call(message, "order"))
                    object.order = message.order;
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.main != null && $Object.hasOwnProperty.call(message, "main"))
                    object.main = message.main;
                return object;
            };

            /**
             * Converts this Diagnosis to JSON.
             * @function toJSON
             * @memberof ssc.v1.Diagnosis
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Diagnosis.prototype.toJSON = function() {
                return Diagnosis.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Diagnosis;
        })();

        v1.OpenVisitRequest = (function() {

            /**
             * Properties of an OpenVisitRequest.
             * @typedef {Object} ssc.v1.OpenVisitRequest.$Properties
             * @property {ssc.v1.RequestHeader.$Properties|null} [header] OpenVisitRequest header
             * @property {ssc.v1.Credential.$Properties|null} [credential] OpenVisitRequest credential
             * @property {ssc.v1.MedicalType|null} [medicalType] OpenVisitRequest medicalType
             * @property {ssc.v1.InsuranceType|null} [insuranceType] OpenVisitRequest insuranceType
             * @property {string|null} [personNo] OpenVisitRequest personNo
             * @property {string|null} [hisVisitNo] OpenVisitRequest hisVisitNo
             * @property {number|Long|null} [beginTimeMs] OpenVisitRequest beginTimeMs
             * @property {string|null} [departmentCode] OpenVisitRequest departmentCode
             * @property {string|null} [doctorCode] OpenVisitRequest doctorCode
             * @property {Array.<ssc.v1.Diagnosis.$Properties>|null} [diagnoses] OpenVisitRequest diagnoses
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OpenVisitRequest.
             * @memberof ssc.v1
             * @interface IOpenVisitRequest
             * @augments ssc.v1.OpenVisitRequest.$Properties
             * @deprecated Use ssc.v1.OpenVisitRequest.$Properties instead.
             */

            /**
             * Shape of an OpenVisitRequest.
             * @typedef {ssc.v1.OpenVisitRequest.$Properties} ssc.v1.OpenVisitRequest.$Shape
             */

            /**
             * Constructs a new OpenVisitRequest.
             * @memberof ssc.v1
             * @classdesc Represents an OpenVisitRequest.
             * @constructor
             * @param {ssc.v1.OpenVisitRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OpenVisitRequest = function (properties) {
                this.diagnoses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OpenVisitRequest header.
             * @member {ssc.v1.RequestHeader.$Properties|null|undefined} header
             * @memberof ssc.v1.OpenVisitRequest
             * @instance
             */
            OpenVisitRequest.prototype.header = null;

            /**
             * OpenVisitRequest credential.
             * @member {ssc.v1.Credential.$Properties|null|undefined} credential
             * @memberof ssc.v1.OpenVisitRequest
             * @instance
             */
            OpenVisitRequest.prototype.credential = null;

            /**
             * OpenVisitRequest medicalType.
             * @member {ssc.v1.MedicalType} medicalType
             * @memberof ssc.v1.OpenVisitRequest
             * @instance
             */
            OpenVisitRequest.prototype.medicalType = 0;

            /**
             * OpenVisitRequest insuranceType.
             * @member {ssc.v1.InsuranceType} insuranceType
             * @memberof ssc.v1.OpenVisitRequest
             * @instance
             */
            OpenVisitRequest.prototype.insuranceType = 0;

            /**
             * OpenVisitRequest personNo.
             * @member {string} personNo
             * @memberof ssc.v1.OpenVisitRequest
             * @instance
             */
            OpenVisitRequest.prototype.personNo = "";

            /**
             * OpenVisitRequest hisVisitNo.
             * @member {string} hisVisitNo
             * @memberof ssc.v1.OpenVisitRequest
             * @instance
             */
            OpenVisitRequest.prototype.hisVisitNo = "";

            /**
             * OpenVisitRequest beginTimeMs.
             * @member {number|Long} beginTimeMs
             * @memberof ssc.v1.OpenVisitRequest
             * @instance
             */
            OpenVisitRequest.prototype.beginTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * OpenVisitRequest departmentCode.
             * @member {string} departmentCode
             * @memberof ssc.v1.OpenVisitRequest
             * @instance
             */
            OpenVisitRequest.prototype.departmentCode = "";

            /**
             * OpenVisitRequest doctorCode.
             * @member {string} doctorCode
             * @memberof ssc.v1.OpenVisitRequest
             * @instance
             */
            OpenVisitRequest.prototype.doctorCode = "";

            /**
             * OpenVisitRequest diagnoses.
             * @member {Array.<ssc.v1.Diagnosis.$Properties>} diagnoses
             * @memberof ssc.v1.OpenVisitRequest
             * @instance
             */
            OpenVisitRequest.prototype.diagnoses = $util.emptyArray;

            /**
             * Encodes the specified OpenVisitRequest message. Does not implicitly {@link ssc.v1.OpenVisitRequest.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.OpenVisitRequest
             * @static
             * @param {ssc.v1.OpenVisitRequest.$Properties} message OpenVisitRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OpenVisitRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.ssc.v1.RequestHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.credential != null && $Object.hasOwnProperty.call(message, "credential"))
                    $root.ssc.v1.Credential.encode(message.credential, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.medicalType != null && $Object.hasOwnProperty.call(message, "medicalType") && message.medicalType !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.medicalType);
                if (message.insuranceType != null && $Object.hasOwnProperty.call(message, "insuranceType") && message.insuranceType !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.insuranceType);
                if (message.personNo != null && $Object.hasOwnProperty.call(message, "personNo") && message.personNo !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.personNo);
                if (message.hisVisitNo != null && $Object.hasOwnProperty.call(message, "hisVisitNo") && message.hisVisitNo !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.hisVisitNo);
                if (message.beginTimeMs != null && $Object.hasOwnProperty.call(message, "beginTimeMs") && (typeof message.beginTimeMs === "object" ? message.beginTimeMs.low || message.beginTimeMs.high : message.beginTimeMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.beginTimeMs);
                if (message.departmentCode != null && $Object.hasOwnProperty.call(message, "departmentCode") && message.departmentCode !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.departmentCode);
                if (message.doctorCode != null && $Object.hasOwnProperty.call(message, "doctorCode") && message.doctorCode !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.doctorCode);
                if (message.diagnoses != null && message.diagnoses.length)
                    for (let i = 0; i < message.diagnoses.length; ++i)
                        $root.ssc.v1.Diagnosis.encode(message.diagnoses[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OpenVisitRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.OpenVisitRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.OpenVisitRequest & ssc.v1.OpenVisitRequest.$Shape} OpenVisitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OpenVisitRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.OpenVisitRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.ssc.v1.RequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.credential = $root.ssc.v1.Credential.decode(reader, reader.size(), $undefined, _depth + 1, message.credential);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.medicalType = value;
                            else
                                delete message.medicalType;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.insuranceType = value;
                            else
                                delete message.insuranceType;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.personNo = value;
                            else
                                delete message.personNo;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hisVisitNo = value;
                            else
                                delete message.hisVisitNo;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.beginTimeMs = value;
                            else
                                delete message.beginTimeMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.departmentCode = value;
                            else
                                delete message.departmentCode;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.doctorCode = value;
                            else
                                delete message.doctorCode;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnoses && message.diagnoses.length))
                                message.diagnoses = [];
                            message.diagnoses.push($root.ssc.v1.Diagnosis.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an OpenVisitRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.OpenVisitRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.OpenVisitRequest} OpenVisitRequest
             */
            OpenVisitRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.OpenVisitRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.OpenVisitRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.OpenVisitRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".ssc.v1.OpenVisitRequest.header: object expected");
                    message.header = $root.ssc.v1.RequestHeader.fromObject(object.header, _depth + 1);
                }
                if (object.credential != null) {
                    if (!$util.isObject(object.credential))
                        throw $TypeError(".ssc.v1.OpenVisitRequest.credential: object expected");
                    message.credential = $root.ssc.v1.Credential.fromObject(object.credential, _depth + 1);
                }
                if (object.medicalType !== 0 && (typeof object.medicalType !== "string" || $root.ssc.v1.MedicalType[object.medicalType] !== 0))
                    switch (object.medicalType) {
                    case "MEDICAL_TYPE_UNSPECIFIED":
                    case 0:
                        message.medicalType = 0;
                        break;
                    case "MEDICAL_TYPE_OUTPATIENT":
                    case 11:
                        message.medicalType = 11;
                        break;
                    case "MEDICAL_TYPE_EMERGENCY":
                    case 13:
                        message.medicalType = 13;
                        break;
                    case "MEDICAL_TYPE_CHRONIC":
                    case 14:
                        message.medicalType = 14;
                        break;
                    case "MEDICAL_TYPE_INPATIENT":
                    case 21:
                        message.medicalType = 21;
                        break;
                    case "MEDICAL_TYPE_PHARMACY":
                    case 41:
                        message.medicalType = 41;
                        break;
                    default:
                        if (typeof object.medicalType === "number" && (object.medicalType | 0) === object.medicalType)
                            message.medicalType = object.medicalType;
                    }
                if (object.insuranceType !== 0 && (typeof object.insuranceType !== "string" || $root.ssc.v1.InsuranceType[object.insuranceType] !== 0))
                    switch (object.insuranceType) {
                    case "INSURANCE_TYPE_UNSPECIFIED":
                    case 0:
                        message.insuranceType = 0;
                        break;
                    case "INSURANCE_TYPE_EMPLOYEE_BASIC":
                    case 310:
                        message.insuranceType = 310;
                        break;
                    case "INSURANCE_TYPE_CIVIL_SERVANT":
                    case 320:
                        message.insuranceType = 320;
                        break;
                    case "INSURANCE_TYPE_LARGE_AMOUNT":
                    case 330:
                        message.insuranceType = 330;
                        break;
                    case "INSURANCE_TYPE_RESIDENT":
                    case 390:
                        message.insuranceType = 390;
                        break;
                    default:
                        if (typeof object.insuranceType === "number" && (object.insuranceType | 0) === object.insuranceType)
                            message.insuranceType = object.insuranceType;
                    }
                if (object.personNo != null)
                    if (typeof object.personNo !== "string" || object.personNo.length)
                        message.personNo = $String(object.personNo);
                if (object.hisVisitNo != null)
                    if (typeof object.hisVisitNo !== "string" || object.hisVisitNo.length)
                        message.hisVisitNo = $String(object.hisVisitNo);
                if (object.beginTimeMs != null)
                    if (typeof object.beginTimeMs === "object" ? object.beginTimeMs.low || object.beginTimeMs.high : $Number(object.beginTimeMs) !== 0)
                        if ($util.Long)
                            message.beginTimeMs = $util.Long.fromValue(object.beginTimeMs, false);
                        else if (typeof object.beginTimeMs === "string")
                            message.beginTimeMs = $parseInt(object.beginTimeMs, 10);
                        else if (typeof object.beginTimeMs === "number")
                            message.beginTimeMs = object.beginTimeMs;
                        else if (typeof object.beginTimeMs === "object")
                            message.beginTimeMs = new $util.LongBits(object.beginTimeMs.low >>> 0, object.beginTimeMs.high >>> 0).toNumber();
                if (object.departmentCode != null)
                    if (typeof object.departmentCode !== "string" || object.departmentCode.length)
                        message.departmentCode = $String(object.departmentCode);
                if (object.doctorCode != null)
                    if (typeof object.doctorCode !== "string" || object.doctorCode.length)
                        message.doctorCode = $String(object.doctorCode);
                if (object.diagnoses) {
                    if (!$Array.isArray(object.diagnoses))
                        throw $TypeError(".ssc.v1.OpenVisitRequest.diagnoses: array expected");
                    message.diagnoses = $Array(object.diagnoses.length);
                    for (let i = 0; i < object.diagnoses.length; ++i) {
                        if (!$util.isObject(object.diagnoses[i]))
                            throw $TypeError(".ssc.v1.OpenVisitRequest.diagnoses: object expected");
                        message.diagnoses[i] = $root.ssc.v1.Diagnosis.fromObject(object.diagnoses[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an OpenVisitRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.OpenVisitRequest
             * @static
             * @param {ssc.v1.OpenVisitRequest} message OpenVisitRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OpenVisitRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.diagnoses = [];
                if (options.defaults) {
                    object.header = null;
                    object.credential = null;
                    object.medicalType = options.enums === $String ? "MEDICAL_TYPE_UNSPECIFIED" : 0;
                    object.insuranceType = options.enums === $String ? "INSURANCE_TYPE_UNSPECIFIED" : 0;
                    object.personNo = "";
                    object.hisVisitNo = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.beginTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.beginTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.departmentCode = "";
                    object.doctorCode = "";
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.ssc.v1.RequestHeader.toObject(message.header, options, _depth + 1);
                if (message.credential != null && $Object.hasOwnProperty.call(message, "credential"))
                    object.credential = $root.ssc.v1.Credential.toObject(message.credential, options, _depth + 1);
                if (message.medicalType != null && $Object.hasOwnProperty.call(message, "medicalType"))
                    object.medicalType = options.enums === $String ? $root.ssc.v1.MedicalType[message.medicalType] === $undefined ? message.medicalType : $root.ssc.v1.MedicalType[message.medicalType] : message.medicalType;
                if (message.insuranceType != null && $Object.hasOwnProperty.call(message, "insuranceType"))
                    object.insuranceType = options.enums === $String ? $root.ssc.v1.InsuranceType[message.insuranceType] === $undefined ? message.insuranceType : $root.ssc.v1.InsuranceType[message.insuranceType] : message.insuranceType;
                if (message.personNo != null && $Object.hasOwnProperty.call(message, "personNo"))
                    object.personNo = message.personNo;
                if (message.hisVisitNo != null && $Object.hasOwnProperty.call(message, "hisVisitNo"))
                    object.hisVisitNo = message.hisVisitNo;
                if (message.beginTimeMs != null && $Object.hasOwnProperty.call(message, "beginTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.beginTimeMs = typeof message.beginTimeMs === "number" ? $BigInt(message.beginTimeMs) : $util.Long.fromBits(message.beginTimeMs.low >>> 0, message.beginTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.beginTimeMs === "number")
                        object.beginTimeMs = options.longs === $String ? $String(message.beginTimeMs) : message.beginTimeMs;
                    else
                        object.beginTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.beginTimeMs) : options.longs === $Number ? new $util.LongBits(message.beginTimeMs.low >>> 0, message.beginTimeMs.high >>> 0).toNumber() : message.beginTimeMs;
                if (message.departmentCode != null && $Object.hasOwnProperty.call(message, "departmentCode"))
                    object.departmentCode = message.departmentCode;
                if (message.doctorCode != null && $Object.hasOwnProperty.call(message, "doctorCode"))
                    object.doctorCode = message.doctorCode;
                if (message.diagnoses && message.diagnoses.length) {
                    object.diagnoses = $Array(message.diagnoses.length);
                    for (let j = 0; j < message.diagnoses.length; ++j)
                        object.diagnoses[j] = $root.ssc.v1.Diagnosis.toObject(message.diagnoses[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this OpenVisitRequest to JSON.
             * @function toJSON
             * @memberof ssc.v1.OpenVisitRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OpenVisitRequest.prototype.toJSON = function() {
                return OpenVisitRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return OpenVisitRequest;
        })();

        v1.VisitReply = (function() {

            /**
             * Properties of a VisitReply.
             * @typedef {Object} ssc.v1.VisitReply.$Properties
             * @property {ssc.v1.Outcome.$Properties|null} [outcome] VisitReply outcome
             * @property {string|null} [visitId] VisitReply visitId
             * @property {ssc.v1.PersonSummary.$Properties|null} [person] VisitReply person
             * @property {ssc.v1.VisitState|null} [state] VisitReply state
             * @property {number|null} [lineCount] VisitReply lineCount
             * @property {number|Long|null} [totalFen] VisitReply totalFen
             * @property {string|null} [personNo] VisitReply personNo
             * @property {string|null} [hisVisitNo] VisitReply hisVisitNo
             * @property {number|null} [budgetUs] VisitReply budgetUs
             * @property {ssc.v1.Timings.$Properties|null} [timings] VisitReply timings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VisitReply.
             * @memberof ssc.v1
             * @interface IVisitReply
             * @augments ssc.v1.VisitReply.$Properties
             * @deprecated Use ssc.v1.VisitReply.$Properties instead.
             */

            /**
             * Shape of a VisitReply.
             * @typedef {ssc.v1.VisitReply.$Properties} ssc.v1.VisitReply.$Shape
             */

            /**
             * Constructs a new VisitReply.
             * @memberof ssc.v1
             * @classdesc Represents a VisitReply.
             * @constructor
             * @param {ssc.v1.VisitReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VisitReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VisitReply outcome.
             * @member {ssc.v1.Outcome.$Properties|null|undefined} outcome
             * @memberof ssc.v1.VisitReply
             * @instance
             */
            VisitReply.prototype.outcome = null;

            /**
             * VisitReply visitId.
             * @member {string} visitId
             * @memberof ssc.v1.VisitReply
             * @instance
             */
            VisitReply.prototype.visitId = "";

            /**
             * VisitReply person.
             * @member {ssc.v1.PersonSummary.$Properties|null|undefined} person
             * @memberof ssc.v1.VisitReply
             * @instance
             */
            VisitReply.prototype.person = null;

            /**
             * VisitReply state.
             * @member {ssc.v1.VisitState} state
             * @memberof ssc.v1.VisitReply
             * @instance
             */
            VisitReply.prototype.state = 0;

            /**
             * VisitReply lineCount.
             * @member {number} lineCount
             * @memberof ssc.v1.VisitReply
             * @instance
             */
            VisitReply.prototype.lineCount = 0;

            /**
             * VisitReply totalFen.
             * @member {number|Long} totalFen
             * @memberof ssc.v1.VisitReply
             * @instance
             */
            VisitReply.prototype.totalFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * VisitReply personNo.
             * @member {string} personNo
             * @memberof ssc.v1.VisitReply
             * @instance
             */
            VisitReply.prototype.personNo = "";

            /**
             * VisitReply hisVisitNo.
             * @member {string} hisVisitNo
             * @memberof ssc.v1.VisitReply
             * @instance
             */
            VisitReply.prototype.hisVisitNo = "";

            /**
             * VisitReply budgetUs.
             * @member {number} budgetUs
             * @memberof ssc.v1.VisitReply
             * @instance
             */
            VisitReply.prototype.budgetUs = 0;

            /**
             * VisitReply timings.
             * @member {ssc.v1.Timings.$Properties|null|undefined} timings
             * @memberof ssc.v1.VisitReply
             * @instance
             */
            VisitReply.prototype.timings = null;

            /**
             * Encodes the specified VisitReply message. Does not implicitly {@link ssc.v1.VisitReply.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.VisitReply
             * @static
             * @param {ssc.v1.VisitReply.$Properties} message VisitReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VisitReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    $root.ssc.v1.Outcome.encode(message.outcome, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.visitId != null && $Object.hasOwnProperty.call(message, "visitId") && message.visitId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.visitId);
                if (message.person != null && $Object.hasOwnProperty.call(message, "person"))
                    $root.ssc.v1.PersonSummary.encode(message.person, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.state);
                if (message.lineCount != null && $Object.hasOwnProperty.call(message, "lineCount") && message.lineCount !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.lineCount);
                if (message.totalFen != null && $Object.hasOwnProperty.call(message, "totalFen") && (typeof message.totalFen === "object" ? message.totalFen.low || message.totalFen.high : message.totalFen !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.totalFen);
                if (message.personNo != null && $Object.hasOwnProperty.call(message, "personNo") && message.personNo !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.personNo);
                if (message.hisVisitNo != null && $Object.hasOwnProperty.call(message, "hisVisitNo") && message.hisVisitNo !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.hisVisitNo);
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs") && message.budgetUs !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.budgetUs);
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    $root.ssc.v1.Timings.encode(message.timings, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VisitReply message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.VisitReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.VisitReply & ssc.v1.VisitReply.$Shape} VisitReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VisitReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.VisitReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.outcome = $root.ssc.v1.Outcome.decode(reader, reader.size(), $undefined, _depth + 1, message.outcome);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.visitId = value;
                            else
                                delete message.visitId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.person = $root.ssc.v1.PersonSummary.decode(reader, reader.size(), $undefined, _depth + 1, message.person);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lineCount = value;
                            else
                                delete message.lineCount;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalFen = value;
                            else
                                delete message.totalFen;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.personNo = value;
                            else
                                delete message.personNo;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hisVisitNo = value;
                            else
                                delete message.hisVisitNo;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.budgetUs = value;
                            else
                                delete message.budgetUs;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.timings = $root.ssc.v1.Timings.decode(reader, reader.size(), $undefined, _depth + 1, message.timings);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a VisitReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.VisitReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.VisitReply} VisitReply
             */
            VisitReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.VisitReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.VisitReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.VisitReply();
                if (object.outcome != null) {
                    if (!$util.isObject(object.outcome))
                        throw $TypeError(".ssc.v1.VisitReply.outcome: object expected");
                    message.outcome = $root.ssc.v1.Outcome.fromObject(object.outcome, _depth + 1);
                }
                if (object.visitId != null)
                    if (typeof object.visitId !== "string" || object.visitId.length)
                        message.visitId = $String(object.visitId);
                if (object.person != null) {
                    if (!$util.isObject(object.person))
                        throw $TypeError(".ssc.v1.VisitReply.person: object expected");
                    message.person = $root.ssc.v1.PersonSummary.fromObject(object.person, _depth + 1);
                }
                if (object.state !== 0 && (typeof object.state !== "string" || $root.ssc.v1.VisitState[object.state] !== 0))
                    switch (object.state) {
                    case "VISIT_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "VISIT_STATE_OPEN":
                    case 1:
                        message.state = 1;
                        break;
                    case "VISIT_STATE_SETTLED":
                    case 2:
                        message.state = 2;
                        break;
                    case "VISIT_STATE_CANCELLED":
                    case 3:
                        message.state = 3;
                        break;
                    case "VISIT_STATE_EXPIRED":
                    case 4:
                        message.state = 4;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.lineCount != null)
                    if ($Number(object.lineCount) !== 0)
                        message.lineCount = object.lineCount >>> 0;
                if (object.totalFen != null)
                    if (typeof object.totalFen === "object" ? object.totalFen.low || object.totalFen.high : $Number(object.totalFen) !== 0)
                        if ($util.Long)
                            message.totalFen = $util.Long.fromValue(object.totalFen, false);
                        else if (typeof object.totalFen === "string")
                            message.totalFen = $parseInt(object.totalFen, 10);
                        else if (typeof object.totalFen === "number")
                            message.totalFen = object.totalFen;
                        else if (typeof object.totalFen === "object")
                            message.totalFen = new $util.LongBits(object.totalFen.low >>> 0, object.totalFen.high >>> 0).toNumber();
                if (object.personNo != null)
                    if (typeof object.personNo !== "string" || object.personNo.length)
                        message.personNo = $String(object.personNo);
                if (object.hisVisitNo != null)
                    if (typeof object.hisVisitNo !== "string" || object.hisVisitNo.length)
                        message.hisVisitNo = $String(object.hisVisitNo);
                if (object.budgetUs != null)
                    if ($Number(object.budgetUs) !== 0)
                        message.budgetUs = object.budgetUs >>> 0;
                if (object.timings != null) {
                    if (!$util.isObject(object.timings))
                        throw $TypeError(".ssc.v1.VisitReply.timings: object expected");
                    message.timings = $root.ssc.v1.Timings.fromObject(object.timings, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a VisitReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.VisitReply
             * @static
             * @param {ssc.v1.VisitReply} message VisitReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VisitReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.outcome = null;
                    object.visitId = "";
                    object.person = null;
                    object.state = options.enums === $String ? "VISIT_STATE_UNSPECIFIED" : 0;
                    object.lineCount = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.totalFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.totalFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.personNo = "";
                    object.hisVisitNo = "";
                    object.budgetUs = 0;
                    object.timings = null;
                }
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = $root.ssc.v1.Outcome.toObject(message.outcome, options, _depth + 1);
                if (message.visitId != null && $Object.hasOwnProperty.call(message, "visitId"))
                    object.visitId = message.visitId;
                if (message.person != null && $Object.hasOwnProperty.call(message, "person"))
                    object.person = $root.ssc.v1.PersonSummary.toObject(message.person, options, _depth + 1);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.ssc.v1.VisitState[message.state] === $undefined ? message.state : $root.ssc.v1.VisitState[message.state] : message.state;
                if (message.lineCount != null && $Object.hasOwnProperty.call(message, "lineCount"))
                    object.lineCount = message.lineCount;
                if (message.totalFen != null && $Object.hasOwnProperty.call(message, "totalFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.totalFen = typeof message.totalFen === "number" ? $BigInt(message.totalFen) : $util.Long.fromBits(message.totalFen.low >>> 0, message.totalFen.high >>> 0, false).toBigInt();
                    else if (typeof message.totalFen === "number")
                        object.totalFen = options.longs === $String ? $String(message.totalFen) : message.totalFen;
                    else
                        object.totalFen = options.longs === $String ? $util.Long.prototype.toString.call(message.totalFen) : options.longs === $Number ? new $util.LongBits(message.totalFen.low >>> 0, message.totalFen.high >>> 0).toNumber() : message.totalFen;
                if (message.personNo != null && $Object.hasOwnProperty.call(message, "personNo"))
                    object.personNo = message.personNo;
                if (message.hisVisitNo != null && $Object.hasOwnProperty.call(message, "hisVisitNo"))
                    object.hisVisitNo = message.hisVisitNo;
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs"))
                    object.budgetUs = message.budgetUs;
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    object.timings = $root.ssc.v1.Timings.toObject(message.timings, options, _depth + 1);
                return object;
            };

            /**
             * Converts this VisitReply to JSON.
             * @function toJSON
             * @memberof ssc.v1.VisitReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VisitReply.prototype.toJSON = function() {
                return VisitReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VisitReply;
        })();

        v1.UpdateVisitRequest = (function() {

            /**
             * Properties of an UpdateVisitRequest.
             * @typedef {Object} ssc.v1.UpdateVisitRequest.$Properties
             * @property {ssc.v1.RequestHeader.$Properties|null} [header] UpdateVisitRequest header
             * @property {string|null} [visitId] UpdateVisitRequest visitId
             * @property {string|null} [personNo] UpdateVisitRequest personNo
             * @property {ssc.v1.MedicalType|null} [medicalType] UpdateVisitRequest medicalType
             * @property {Array.<ssc.v1.Diagnosis.$Properties>|null} [diagnoses] UpdateVisitRequest diagnoses
             * @property {number|Long|null} [endTimeMs] UpdateVisitRequest endTimeMs
             * @property {boolean|null} [dischargeCancelled] UpdateVisitRequest dischargeCancelled
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateVisitRequest.
             * @memberof ssc.v1
             * @interface IUpdateVisitRequest
             * @augments ssc.v1.UpdateVisitRequest.$Properties
             * @deprecated Use ssc.v1.UpdateVisitRequest.$Properties instead.
             */

            /**
             * Shape of an UpdateVisitRequest.
             * @typedef {ssc.v1.UpdateVisitRequest.$Properties} ssc.v1.UpdateVisitRequest.$Shape
             */

            /**
             * Constructs a new UpdateVisitRequest.
             * @memberof ssc.v1
             * @classdesc Represents an UpdateVisitRequest.
             * @constructor
             * @param {ssc.v1.UpdateVisitRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UpdateVisitRequest = function (properties) {
                this.diagnoses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UpdateVisitRequest header.
             * @member {ssc.v1.RequestHeader.$Properties|null|undefined} header
             * @memberof ssc.v1.UpdateVisitRequest
             * @instance
             */
            UpdateVisitRequest.prototype.header = null;

            /**
             * UpdateVisitRequest visitId.
             * @member {string} visitId
             * @memberof ssc.v1.UpdateVisitRequest
             * @instance
             */
            UpdateVisitRequest.prototype.visitId = "";

            /**
             * UpdateVisitRequest personNo.
             * @member {string} personNo
             * @memberof ssc.v1.UpdateVisitRequest
             * @instance
             */
            UpdateVisitRequest.prototype.personNo = "";

            /**
             * UpdateVisitRequest medicalType.
             * @member {ssc.v1.MedicalType} medicalType
             * @memberof ssc.v1.UpdateVisitRequest
             * @instance
             */
            UpdateVisitRequest.prototype.medicalType = 0;

            /**
             * UpdateVisitRequest diagnoses.
             * @member {Array.<ssc.v1.Diagnosis.$Properties>} diagnoses
             * @memberof ssc.v1.UpdateVisitRequest
             * @instance
             */
            UpdateVisitRequest.prototype.diagnoses = $util.emptyArray;

            /**
             * UpdateVisitRequest endTimeMs.
             * @member {number|Long} endTimeMs
             * @memberof ssc.v1.UpdateVisitRequest
             * @instance
             */
            UpdateVisitRequest.prototype.endTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * UpdateVisitRequest dischargeCancelled.
             * @member {boolean} dischargeCancelled
             * @memberof ssc.v1.UpdateVisitRequest
             * @instance
             */
            UpdateVisitRequest.prototype.dischargeCancelled = false;

            /**
             * Encodes the specified UpdateVisitRequest message. Does not implicitly {@link ssc.v1.UpdateVisitRequest.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.UpdateVisitRequest
             * @static
             * @param {ssc.v1.UpdateVisitRequest.$Properties} message UpdateVisitRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateVisitRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.ssc.v1.RequestHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.visitId != null && $Object.hasOwnProperty.call(message, "visitId") && message.visitId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.visitId);
                if (message.personNo != null && $Object.hasOwnProperty.call(message, "personNo") && message.personNo !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.personNo);
                if (message.medicalType != null && $Object.hasOwnProperty.call(message, "medicalType") && message.medicalType !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.medicalType);
                if (message.diagnoses != null && message.diagnoses.length)
                    for (let i = 0; i < message.diagnoses.length; ++i)
                        $root.ssc.v1.Diagnosis.encode(message.diagnoses[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.endTimeMs != null && $Object.hasOwnProperty.call(message, "endTimeMs") && (typeof message.endTimeMs === "object" ? message.endTimeMs.low || message.endTimeMs.high : message.endTimeMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.endTimeMs);
                if (message.dischargeCancelled != null && $Object.hasOwnProperty.call(message, "dischargeCancelled") && message.dischargeCancelled !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.dischargeCancelled);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UpdateVisitRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.UpdateVisitRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.UpdateVisitRequest & ssc.v1.UpdateVisitRequest.$Shape} UpdateVisitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateVisitRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.UpdateVisitRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.ssc.v1.RequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.visitId = value;
                            else
                                delete message.visitId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.personNo = value;
                            else
                                delete message.personNo;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.medicalType = value;
                            else
                                delete message.medicalType;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnoses && message.diagnoses.length))
                                message.diagnoses = [];
                            message.diagnoses.push($root.ssc.v1.Diagnosis.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.endTimeMs = value;
                            else
                                delete message.endTimeMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.dischargeCancelled = value;
                            else
                                delete message.dischargeCancelled;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an UpdateVisitRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.UpdateVisitRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.UpdateVisitRequest} UpdateVisitRequest
             */
            UpdateVisitRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.UpdateVisitRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.UpdateVisitRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.UpdateVisitRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".ssc.v1.UpdateVisitRequest.header: object expected");
                    message.header = $root.ssc.v1.RequestHeader.fromObject(object.header, _depth + 1);
                }
                if (object.visitId != null)
                    if (typeof object.visitId !== "string" || object.visitId.length)
                        message.visitId = $String(object.visitId);
                if (object.personNo != null)
                    if (typeof object.personNo !== "string" || object.personNo.length)
                        message.personNo = $String(object.personNo);
                if (object.medicalType !== 0 && (typeof object.medicalType !== "string" || $root.ssc.v1.MedicalType[object.medicalType] !== 0))
                    switch (object.medicalType) {
                    case "MEDICAL_TYPE_UNSPECIFIED":
                    case 0:
                        message.medicalType = 0;
                        break;
                    case "MEDICAL_TYPE_OUTPATIENT":
                    case 11:
                        message.medicalType = 11;
                        break;
                    case "MEDICAL_TYPE_EMERGENCY":
                    case 13:
                        message.medicalType = 13;
                        break;
                    case "MEDICAL_TYPE_CHRONIC":
                    case 14:
                        message.medicalType = 14;
                        break;
                    case "MEDICAL_TYPE_INPATIENT":
                    case 21:
                        message.medicalType = 21;
                        break;
                    case "MEDICAL_TYPE_PHARMACY":
                    case 41:
                        message.medicalType = 41;
                        break;
                    default:
                        if (typeof object.medicalType === "number" && (object.medicalType | 0) === object.medicalType)
                            message.medicalType = object.medicalType;
                    }
                if (object.diagnoses) {
                    if (!$Array.isArray(object.diagnoses))
                        throw $TypeError(".ssc.v1.UpdateVisitRequest.diagnoses: array expected");
                    message.diagnoses = $Array(object.diagnoses.length);
                    for (let i = 0; i < object.diagnoses.length; ++i) {
                        if (!$util.isObject(object.diagnoses[i]))
                            throw $TypeError(".ssc.v1.UpdateVisitRequest.diagnoses: object expected");
                        message.diagnoses[i] = $root.ssc.v1.Diagnosis.fromObject(object.diagnoses[i], _depth + 1);
                    }
                }
                if (object.endTimeMs != null)
                    if (typeof object.endTimeMs === "object" ? object.endTimeMs.low || object.endTimeMs.high : $Number(object.endTimeMs) !== 0)
                        if ($util.Long)
                            message.endTimeMs = $util.Long.fromValue(object.endTimeMs, false);
                        else if (typeof object.endTimeMs === "string")
                            message.endTimeMs = $parseInt(object.endTimeMs, 10);
                        else if (typeof object.endTimeMs === "number")
                            message.endTimeMs = object.endTimeMs;
                        else if (typeof object.endTimeMs === "object")
                            message.endTimeMs = new $util.LongBits(object.endTimeMs.low >>> 0, object.endTimeMs.high >>> 0).toNumber();
                if (object.dischargeCancelled != null)
                    if (object.dischargeCancelled)
                        message.dischargeCancelled = $Boolean(object.dischargeCancelled);
                return message;
            };

            /**
             * Creates a plain object from an UpdateVisitRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.UpdateVisitRequest
             * @static
             * @param {ssc.v1.UpdateVisitRequest} message UpdateVisitRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UpdateVisitRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.diagnoses = [];
                if (options.defaults) {
                    object.header = null;
                    object.visitId = "";
                    object.personNo = "";
                    object.medicalType = options.enums === $String ? "MEDICAL_TYPE_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.endTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.endTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.dischargeCancelled = false;
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.ssc.v1.RequestHeader.toObject(message.header, options, _depth + 1);
                if (message.visitId != null && $Object.hasOwnProperty.call(message, "visitId"))
                    object.visitId = message.visitId;
                if (message.personNo != null && $Object.hasOwnProperty.call(message, "personNo"))
                    object.personNo = message.personNo;
                if (message.medicalType != null && $Object.hasOwnProperty.call(message, "medicalType"))
                    object.medicalType = options.enums === $String ? $root.ssc.v1.MedicalType[message.medicalType] === $undefined ? message.medicalType : $root.ssc.v1.MedicalType[message.medicalType] : message.medicalType;
                if (message.diagnoses && message.diagnoses.length) {
                    object.diagnoses = $Array(message.diagnoses.length);
                    for (let j = 0; j < message.diagnoses.length; ++j)
                        object.diagnoses[j] = $root.ssc.v1.Diagnosis.toObject(message.diagnoses[j], options, _depth + 1);
                }
                if (message.endTimeMs != null && $Object.hasOwnProperty.call(message, "endTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.endTimeMs = typeof message.endTimeMs === "number" ? $BigInt(message.endTimeMs) : $util.Long.fromBits(message.endTimeMs.low >>> 0, message.endTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.endTimeMs === "number")
                        object.endTimeMs = options.longs === $String ? $String(message.endTimeMs) : message.endTimeMs;
                    else
                        object.endTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.endTimeMs) : options.longs === $Number ? new $util.LongBits(message.endTimeMs.low >>> 0, message.endTimeMs.high >>> 0).toNumber() : message.endTimeMs;
                if (message.dischargeCancelled != null && $Object.hasOwnProperty.call(message, "dischargeCancelled"))
                    object.dischargeCancelled = message.dischargeCancelled;
                return object;
            };

            /**
             * Converts this UpdateVisitRequest to JSON.
             * @function toJSON
             * @memberof ssc.v1.UpdateVisitRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UpdateVisitRequest.prototype.toJSON = function() {
                return UpdateVisitRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return UpdateVisitRequest;
        })();

        v1.FeeLine = (function() {

            /**
             * Properties of a FeeLine.
             * @typedef {Object} ssc.v1.FeeLine.$Properties
             * @property {string|null} [sn] FeeLine sn
             * @property {string|null} [catalogueCode] FeeLine catalogueCode
             * @property {number|Long|null} [quantityMilli] FeeLine quantityMilli
             * @property {number|Long|null} [unitPriceFen] FeeLine unitPriceFen
             * @property {number|Long|null} [amountFen] FeeLine amountFen
             * @property {string|null} [batchNo] FeeLine batchNo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FeeLine.
             * @memberof ssc.v1
             * @interface IFeeLine
             * @augments ssc.v1.FeeLine.$Properties
             * @deprecated Use ssc.v1.FeeLine.$Properties instead.
             */

            /**
             * Shape of a FeeLine.
             * @typedef {ssc.v1.FeeLine.$Properties} ssc.v1.FeeLine.$Shape
             */

            /**
             * Constructs a new FeeLine.
             * @memberof ssc.v1
             * @classdesc Represents a FeeLine.
             * @constructor
             * @param {ssc.v1.FeeLine.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FeeLine = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FeeLine sn.
             * @member {string} sn
             * @memberof ssc.v1.FeeLine
             * @instance
             */
            FeeLine.prototype.sn = "";

            /**
             * FeeLine catalogueCode.
             * @member {string} catalogueCode
             * @memberof ssc.v1.FeeLine
             * @instance
             */
            FeeLine.prototype.catalogueCode = "";

            /**
             * FeeLine quantityMilli.
             * @member {number|Long} quantityMilli
             * @memberof ssc.v1.FeeLine
             * @instance
             */
            FeeLine.prototype.quantityMilli = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FeeLine unitPriceFen.
             * @member {number|Long} unitPriceFen
             * @memberof ssc.v1.FeeLine
             * @instance
             */
            FeeLine.prototype.unitPriceFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FeeLine amountFen.
             * @member {number|Long} amountFen
             * @memberof ssc.v1.FeeLine
             * @instance
             */
            FeeLine.prototype.amountFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FeeLine batchNo.
             * @member {string} batchNo
             * @memberof ssc.v1.FeeLine
             * @instance
             */
            FeeLine.prototype.batchNo = "";

            /**
             * Encodes the specified FeeLine message. Does not implicitly {@link ssc.v1.FeeLine.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.FeeLine
             * @static
             * @param {ssc.v1.FeeLine.$Properties} message FeeLine message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FeeLine.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sn != null && $Object.hasOwnProperty.call(message, "sn") && message.sn !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sn);
                if (message.catalogueCode != null && $Object.hasOwnProperty.call(message, "catalogueCode") && message.catalogueCode !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.catalogueCode);
                if (message.quantityMilli != null && $Object.hasOwnProperty.call(message, "quantityMilli") && (typeof message.quantityMilli === "object" ? message.quantityMilli.low || message.quantityMilli.high : message.quantityMilli !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.quantityMilli);
                if (message.unitPriceFen != null && $Object.hasOwnProperty.call(message, "unitPriceFen") && (typeof message.unitPriceFen === "object" ? message.unitPriceFen.low || message.unitPriceFen.high : message.unitPriceFen !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.unitPriceFen);
                if (message.amountFen != null && $Object.hasOwnProperty.call(message, "amountFen") && (typeof message.amountFen === "object" ? message.amountFen.low || message.amountFen.high : message.amountFen !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.amountFen);
                if (message.batchNo != null && $Object.hasOwnProperty.call(message, "batchNo") && message.batchNo !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.batchNo);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FeeLine message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.FeeLine
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.FeeLine & ssc.v1.FeeLine.$Shape} FeeLine
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FeeLine.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.FeeLine();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sn = value;
                            else
                                delete message.sn;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.catalogueCode = value;
                            else
                                delete message.catalogueCode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.quantityMilli = value;
                            else
                                delete message.quantityMilli;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.unitPriceFen = value;
                            else
                                delete message.unitPriceFen;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.amountFen = value;
                            else
                                delete message.amountFen;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.batchNo = value;
                            else
                                delete message.batchNo;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a FeeLine message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.FeeLine
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.FeeLine} FeeLine
             */
            FeeLine.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.FeeLine)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.FeeLine: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.FeeLine();
                if (object.sn != null)
                    if (typeof object.sn !== "string" || object.sn.length)
                        message.sn = $String(object.sn);
                if (object.catalogueCode != null)
                    if (typeof object.catalogueCode !== "string" || object.catalogueCode.length)
                        message.catalogueCode = $String(object.catalogueCode);
                if (object.quantityMilli != null)
                    if (typeof object.quantityMilli === "object" ? object.quantityMilli.low || object.quantityMilli.high : $Number(object.quantityMilli) !== 0)
                        if ($util.Long)
                            message.quantityMilli = $util.Long.fromValue(object.quantityMilli, false);
                        else if (typeof object.quantityMilli === "string")
                            message.quantityMilli = $parseInt(object.quantityMilli, 10);
                        else if (typeof object.quantityMilli === "number")
                            message.quantityMilli = object.quantityMilli;
                        else if (typeof object.quantityMilli === "object")
                            message.quantityMilli = new $util.LongBits(object.quantityMilli.low >>> 0, object.quantityMilli.high >>> 0).toNumber();
                if (object.unitPriceFen != null)
                    if (typeof object.unitPriceFen === "object" ? object.unitPriceFen.low || object.unitPriceFen.high : $Number(object.unitPriceFen) !== 0)
                        if ($util.Long)
                            message.unitPriceFen = $util.Long.fromValue(object.unitPriceFen, false);
                        else if (typeof object.unitPriceFen === "string")
                            message.unitPriceFen = $parseInt(object.unitPriceFen, 10);
                        else if (typeof object.unitPriceFen === "number")
                            message.unitPriceFen = object.unitPriceFen;
                        else if (typeof object.unitPriceFen === "object")
                            message.unitPriceFen = new $util.LongBits(object.unitPriceFen.low >>> 0, object.unitPriceFen.high >>> 0).toNumber();
                if (object.amountFen != null)
                    if (typeof object.amountFen === "object" ? object.amountFen.low || object.amountFen.high : $Number(object.amountFen) !== 0)
                        if ($util.Long)
                            message.amountFen = $util.Long.fromValue(object.amountFen, false);
                        else if (typeof object.amountFen === "string")
                            message.amountFen = $parseInt(object.amountFen, 10);
                        else if (typeof object.amountFen === "number")
                            message.amountFen = object.amountFen;
                        else if (typeof object.amountFen === "object")
                            message.amountFen = new $util.LongBits(object.amountFen.low >>> 0, object.amountFen.high >>> 0).toNumber();
                if (object.batchNo != null)
                    if (typeof object.batchNo !== "string" || object.batchNo.length)
                        message.batchNo = $String(object.batchNo);
                return message;
            };

            /**
             * Creates a plain object from a FeeLine message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.FeeLine
             * @static
             * @param {ssc.v1.FeeLine} message FeeLine
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FeeLine.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sn = "";
                    object.catalogueCode = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.quantityMilli = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.quantityMilli = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.unitPriceFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.unitPriceFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.amountFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.amountFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.batchNo = "";
                }
                if (message.sn != null && $Object.hasOwnProperty.call(message, "sn"))
                    object.sn = message.sn;
                if (message.catalogueCode != null && $Object.hasOwnProperty.call(message, "catalogueCode"))
                    object.catalogueCode = message.catalogueCode;
                if (message.quantityMilli != null && $Object.hasOwnProperty.call(message, "quantityMilli"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.quantityMilli = typeof message.quantityMilli === "number" ? $BigInt(message.quantityMilli) : $util.Long.fromBits(message.quantityMilli.low >>> 0, message.quantityMilli.high >>> 0, false).toBigInt();
                    else if (typeof message.quantityMilli === "number")
                        object.quantityMilli = options.longs === $String ? $String(message.quantityMilli) : message.quantityMilli;
                    else
                        object.quantityMilli = options.longs === $String ? $util.Long.prototype.toString.call(message.quantityMilli) : options.longs === $Number ? new $util.LongBits(message.quantityMilli.low >>> 0, message.quantityMilli.high >>> 0).toNumber() : message.quantityMilli;
                if (message.unitPriceFen != null && $Object.hasOwnProperty.call(message, "unitPriceFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.unitPriceFen = typeof message.unitPriceFen === "number" ? $BigInt(message.unitPriceFen) : $util.Long.fromBits(message.unitPriceFen.low >>> 0, message.unitPriceFen.high >>> 0, false).toBigInt();
                    else if (typeof message.unitPriceFen === "number")
                        object.unitPriceFen = options.longs === $String ? $String(message.unitPriceFen) : message.unitPriceFen;
                    else
                        object.unitPriceFen = options.longs === $String ? $util.Long.prototype.toString.call(message.unitPriceFen) : options.longs === $Number ? new $util.LongBits(message.unitPriceFen.low >>> 0, message.unitPriceFen.high >>> 0).toNumber() : message.unitPriceFen;
                if (message.amountFen != null && $Object.hasOwnProperty.call(message, "amountFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.amountFen = typeof message.amountFen === "number" ? $BigInt(message.amountFen) : $util.Long.fromBits(message.amountFen.low >>> 0, message.amountFen.high >>> 0, false).toBigInt();
                    else if (typeof message.amountFen === "number")
                        object.amountFen = options.longs === $String ? $String(message.amountFen) : message.amountFen;
                    else
                        object.amountFen = options.longs === $String ? $util.Long.prototype.toString.call(message.amountFen) : options.longs === $Number ? new $util.LongBits(message.amountFen.low >>> 0, message.amountFen.high >>> 0).toNumber() : message.amountFen;
                if (message.batchNo != null && $Object.hasOwnProperty.call(message, "batchNo"))
                    object.batchNo = message.batchNo;
                return object;
            };

            /**
             * Converts this FeeLine to JSON.
             * @function toJSON
             * @memberof ssc.v1.FeeLine
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FeeLine.prototype.toJSON = function() {
                return FeeLine.toObject(this, $protobuf.util.toJSONOptions);
            };

            return FeeLine;
        })();

        v1.FeeLineResult = (function() {

            /**
             * Properties of a FeeLineResult.
             * @typedef {Object} ssc.v1.FeeLineResult.$Properties
             * @property {string|null} [sn] FeeLineResult sn
             * @property {ssc.v1.CatalogueClass|null} [catalogueClass] FeeLineResult catalogueClass
             * @property {string|null} [lineReason] FeeLineResult lineReason
             * @property {number|Long|null} [amountFen] FeeLineResult amountFen
             * @property {number|Long|null} [selfPayFen] FeeLineResult selfPayFen
             * @property {number|Long|null} [overCapFen] FeeLineResult overCapFen
             * @property {number|Long|null} [classBFirstFen] FeeLineResult classBFirstFen
             * @property {number|Long|null} [inPolicyFen] FeeLineResult inPolicyFen
             * @property {number|Long|null} [priceCapFen] FeeLineResult priceCapFen
             * @property {number|null} [selfPayRatioBp] FeeLineResult selfPayRatioBp
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FeeLineResult.
             * @memberof ssc.v1
             * @interface IFeeLineResult
             * @augments ssc.v1.FeeLineResult.$Properties
             * @deprecated Use ssc.v1.FeeLineResult.$Properties instead.
             */

            /**
             * Shape of a FeeLineResult.
             * @typedef {ssc.v1.FeeLineResult.$Properties} ssc.v1.FeeLineResult.$Shape
             */

            /**
             * Constructs a new FeeLineResult.
             * @memberof ssc.v1
             * @classdesc Represents a FeeLineResult.
             * @constructor
             * @param {ssc.v1.FeeLineResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FeeLineResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FeeLineResult sn.
             * @member {string} sn
             * @memberof ssc.v1.FeeLineResult
             * @instance
             */
            FeeLineResult.prototype.sn = "";

            /**
             * FeeLineResult catalogueClass.
             * @member {ssc.v1.CatalogueClass} catalogueClass
             * @memberof ssc.v1.FeeLineResult
             * @instance
             */
            FeeLineResult.prototype.catalogueClass = 0;

            /**
             * FeeLineResult lineReason.
             * @member {string} lineReason
             * @memberof ssc.v1.FeeLineResult
             * @instance
             */
            FeeLineResult.prototype.lineReason = "";

            /**
             * FeeLineResult amountFen.
             * @member {number|Long} amountFen
             * @memberof ssc.v1.FeeLineResult
             * @instance
             */
            FeeLineResult.prototype.amountFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FeeLineResult selfPayFen.
             * @member {number|Long} selfPayFen
             * @memberof ssc.v1.FeeLineResult
             * @instance
             */
            FeeLineResult.prototype.selfPayFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FeeLineResult overCapFen.
             * @member {number|Long} overCapFen
             * @memberof ssc.v1.FeeLineResult
             * @instance
             */
            FeeLineResult.prototype.overCapFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FeeLineResult classBFirstFen.
             * @member {number|Long} classBFirstFen
             * @memberof ssc.v1.FeeLineResult
             * @instance
             */
            FeeLineResult.prototype.classBFirstFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FeeLineResult inPolicyFen.
             * @member {number|Long} inPolicyFen
             * @memberof ssc.v1.FeeLineResult
             * @instance
             */
            FeeLineResult.prototype.inPolicyFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FeeLineResult priceCapFen.
             * @member {number|Long} priceCapFen
             * @memberof ssc.v1.FeeLineResult
             * @instance
             */
            FeeLineResult.prototype.priceCapFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FeeLineResult selfPayRatioBp.
             * @member {number} selfPayRatioBp
             * @memberof ssc.v1.FeeLineResult
             * @instance
             */
            FeeLineResult.prototype.selfPayRatioBp = 0;

            /**
             * Encodes the specified FeeLineResult message. Does not implicitly {@link ssc.v1.FeeLineResult.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.FeeLineResult
             * @static
             * @param {ssc.v1.FeeLineResult.$Properties} message FeeLineResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FeeLineResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sn != null && $Object.hasOwnProperty.call(message, "sn") && message.sn !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sn);
                if (message.catalogueClass != null && $Object.hasOwnProperty.call(message, "catalogueClass") && message.catalogueClass !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.catalogueClass);
                if (message.lineReason != null && $Object.hasOwnProperty.call(message, "lineReason") && message.lineReason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.lineReason);
                if (message.amountFen != null && $Object.hasOwnProperty.call(message, "amountFen") && (typeof message.amountFen === "object" ? message.amountFen.low || message.amountFen.high : message.amountFen !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.amountFen);
                if (message.selfPayFen != null && $Object.hasOwnProperty.call(message, "selfPayFen") && (typeof message.selfPayFen === "object" ? message.selfPayFen.low || message.selfPayFen.high : message.selfPayFen !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.selfPayFen);
                if (message.overCapFen != null && $Object.hasOwnProperty.call(message, "overCapFen") && (typeof message.overCapFen === "object" ? message.overCapFen.low || message.overCapFen.high : message.overCapFen !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.overCapFen);
                if (message.classBFirstFen != null && $Object.hasOwnProperty.call(message, "classBFirstFen") && (typeof message.classBFirstFen === "object" ? message.classBFirstFen.low || message.classBFirstFen.high : message.classBFirstFen !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.classBFirstFen);
                if (message.inPolicyFen != null && $Object.hasOwnProperty.call(message, "inPolicyFen") && (typeof message.inPolicyFen === "object" ? message.inPolicyFen.low || message.inPolicyFen.high : message.inPolicyFen !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.inPolicyFen);
                if (message.priceCapFen != null && $Object.hasOwnProperty.call(message, "priceCapFen") && (typeof message.priceCapFen === "object" ? message.priceCapFen.low || message.priceCapFen.high : message.priceCapFen !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.priceCapFen);
                if (message.selfPayRatioBp != null && $Object.hasOwnProperty.call(message, "selfPayRatioBp") && message.selfPayRatioBp !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.selfPayRatioBp);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FeeLineResult message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.FeeLineResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.FeeLineResult & ssc.v1.FeeLineResult.$Shape} FeeLineResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FeeLineResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.FeeLineResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sn = value;
                            else
                                delete message.sn;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.catalogueClass = value;
                            else
                                delete message.catalogueClass;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.lineReason = value;
                            else
                                delete message.lineReason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.amountFen = value;
                            else
                                delete message.amountFen;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.selfPayFen = value;
                            else
                                delete message.selfPayFen;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.overCapFen = value;
                            else
                                delete message.overCapFen;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.classBFirstFen = value;
                            else
                                delete message.classBFirstFen;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.inPolicyFen = value;
                            else
                                delete message.inPolicyFen;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.priceCapFen = value;
                            else
                                delete message.priceCapFen;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.selfPayRatioBp = value;
                            else
                                delete message.selfPayRatioBp;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a FeeLineResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.FeeLineResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.FeeLineResult} FeeLineResult
             */
            FeeLineResult.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.FeeLineResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.FeeLineResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.FeeLineResult();
                if (object.sn != null)
                    if (typeof object.sn !== "string" || object.sn.length)
                        message.sn = $String(object.sn);
                if (object.catalogueClass !== 0 && (typeof object.catalogueClass !== "string" || $root.ssc.v1.CatalogueClass[object.catalogueClass] !== 0))
                    switch (object.catalogueClass) {
                    case "CATALOGUE_CLASS_UNSPECIFIED":
                    case 0:
                        message.catalogueClass = 0;
                        break;
                    case "CATALOGUE_CLASS_A":
                    case 1:
                        message.catalogueClass = 1;
                        break;
                    case "CATALOGUE_CLASS_B":
                    case 2:
                        message.catalogueClass = 2;
                        break;
                    case "CATALOGUE_CLASS_SELF_PAY":
                    case 3:
                        message.catalogueClass = 3;
                        break;
                    default:
                        if (typeof object.catalogueClass === "number" && (object.catalogueClass | 0) === object.catalogueClass)
                            message.catalogueClass = object.catalogueClass;
                    }
                if (object.lineReason != null)
                    if (typeof object.lineReason !== "string" || object.lineReason.length)
                        message.lineReason = $String(object.lineReason);
                if (object.amountFen != null)
                    if (typeof object.amountFen === "object" ? object.amountFen.low || object.amountFen.high : $Number(object.amountFen) !== 0)
                        if ($util.Long)
                            message.amountFen = $util.Long.fromValue(object.amountFen, false);
                        else if (typeof object.amountFen === "string")
                            message.amountFen = $parseInt(object.amountFen, 10);
                        else if (typeof object.amountFen === "number")
                            message.amountFen = object.amountFen;
                        else if (typeof object.amountFen === "object")
                            message.amountFen = new $util.LongBits(object.amountFen.low >>> 0, object.amountFen.high >>> 0).toNumber();
                if (object.selfPayFen != null)
                    if (typeof object.selfPayFen === "object" ? object.selfPayFen.low || object.selfPayFen.high : $Number(object.selfPayFen) !== 0)
                        if ($util.Long)
                            message.selfPayFen = $util.Long.fromValue(object.selfPayFen, false);
                        else if (typeof object.selfPayFen === "string")
                            message.selfPayFen = $parseInt(object.selfPayFen, 10);
                        else if (typeof object.selfPayFen === "number")
                            message.selfPayFen = object.selfPayFen;
                        else if (typeof object.selfPayFen === "object")
                            message.selfPayFen = new $util.LongBits(object.selfPayFen.low >>> 0, object.selfPayFen.high >>> 0).toNumber();
                if (object.overCapFen != null)
                    if (typeof object.overCapFen === "object" ? object.overCapFen.low || object.overCapFen.high : $Number(object.overCapFen) !== 0)
                        if ($util.Long)
                            message.overCapFen = $util.Long.fromValue(object.overCapFen, false);
                        else if (typeof object.overCapFen === "string")
                            message.overCapFen = $parseInt(object.overCapFen, 10);
                        else if (typeof object.overCapFen === "number")
                            message.overCapFen = object.overCapFen;
                        else if (typeof object.overCapFen === "object")
                            message.overCapFen = new $util.LongBits(object.overCapFen.low >>> 0, object.overCapFen.high >>> 0).toNumber();
                if (object.classBFirstFen != null)
                    if (typeof object.classBFirstFen === "object" ? object.classBFirstFen.low || object.classBFirstFen.high : $Number(object.classBFirstFen) !== 0)
                        if ($util.Long)
                            message.classBFirstFen = $util.Long.fromValue(object.classBFirstFen, false);
                        else if (typeof object.classBFirstFen === "string")
                            message.classBFirstFen = $parseInt(object.classBFirstFen, 10);
                        else if (typeof object.classBFirstFen === "number")
                            message.classBFirstFen = object.classBFirstFen;
                        else if (typeof object.classBFirstFen === "object")
                            message.classBFirstFen = new $util.LongBits(object.classBFirstFen.low >>> 0, object.classBFirstFen.high >>> 0).toNumber();
                if (object.inPolicyFen != null)
                    if (typeof object.inPolicyFen === "object" ? object.inPolicyFen.low || object.inPolicyFen.high : $Number(object.inPolicyFen) !== 0)
                        if ($util.Long)
                            message.inPolicyFen = $util.Long.fromValue(object.inPolicyFen, false);
                        else if (typeof object.inPolicyFen === "string")
                            message.inPolicyFen = $parseInt(object.inPolicyFen, 10);
                        else if (typeof object.inPolicyFen === "number")
                            message.inPolicyFen = object.inPolicyFen;
                        else if (typeof object.inPolicyFen === "object")
                            message.inPolicyFen = new $util.LongBits(object.inPolicyFen.low >>> 0, object.inPolicyFen.high >>> 0).toNumber();
                if (object.priceCapFen != null)
                    if (typeof object.priceCapFen === "object" ? object.priceCapFen.low || object.priceCapFen.high : $Number(object.priceCapFen) !== 0)
                        if ($util.Long)
                            message.priceCapFen = $util.Long.fromValue(object.priceCapFen, false);
                        else if (typeof object.priceCapFen === "string")
                            message.priceCapFen = $parseInt(object.priceCapFen, 10);
                        else if (typeof object.priceCapFen === "number")
                            message.priceCapFen = object.priceCapFen;
                        else if (typeof object.priceCapFen === "object")
                            message.priceCapFen = new $util.LongBits(object.priceCapFen.low >>> 0, object.priceCapFen.high >>> 0).toNumber();
                if (object.selfPayRatioBp != null)
                    if ($Number(object.selfPayRatioBp) !== 0)
                        message.selfPayRatioBp = object.selfPayRatioBp >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a FeeLineResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.FeeLineResult
             * @static
             * @param {ssc.v1.FeeLineResult} message FeeLineResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FeeLineResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sn = "";
                    object.catalogueClass = options.enums === $String ? "CATALOGUE_CLASS_UNSPECIFIED" : 0;
                    object.lineReason = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.amountFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.amountFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.selfPayFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.selfPayFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.overCapFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.overCapFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.classBFirstFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.classBFirstFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.inPolicyFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.inPolicyFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.priceCapFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.priceCapFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.selfPayRatioBp = 0;
                }
                if (message.sn != null && $Object.hasOwnProperty.call(message, "sn"))
                    object.sn = message.sn;
                if (message.catalogueClass != null && $Object.hasOwnProperty.call(message, "catalogueClass"))
                    object.catalogueClass = options.enums === $String ? $root.ssc.v1.CatalogueClass[message.catalogueClass] === $undefined ? message.catalogueClass : $root.ssc.v1.CatalogueClass[message.catalogueClass] : message.catalogueClass;
                if (message.lineReason != null && $Object.hasOwnProperty.call(message, "lineReason"))
                    object.lineReason = message.lineReason;
                if (message.amountFen != null && $Object.hasOwnProperty.call(message, "amountFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.amountFen = typeof message.amountFen === "number" ? $BigInt(message.amountFen) : $util.Long.fromBits(message.amountFen.low >>> 0, message.amountFen.high >>> 0, false).toBigInt();
                    else if (typeof message.amountFen === "number")
                        object.amountFen = options.longs === $String ? $String(message.amountFen) : message.amountFen;
                    else
                        object.amountFen = options.longs === $String ? $util.Long.prototype.toString.call(message.amountFen) : options.longs === $Number ? new $util.LongBits(message.amountFen.low >>> 0, message.amountFen.high >>> 0).toNumber() : message.amountFen;
                if (message.selfPayFen != null && $Object.hasOwnProperty.call(message, "selfPayFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.selfPayFen = typeof message.selfPayFen === "number" ? $BigInt(message.selfPayFen) : $util.Long.fromBits(message.selfPayFen.low >>> 0, message.selfPayFen.high >>> 0, false).toBigInt();
                    else if (typeof message.selfPayFen === "number")
                        object.selfPayFen = options.longs === $String ? $String(message.selfPayFen) : message.selfPayFen;
                    else
                        object.selfPayFen = options.longs === $String ? $util.Long.prototype.toString.call(message.selfPayFen) : options.longs === $Number ? new $util.LongBits(message.selfPayFen.low >>> 0, message.selfPayFen.high >>> 0).toNumber() : message.selfPayFen;
                if (message.overCapFen != null && $Object.hasOwnProperty.call(message, "overCapFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.overCapFen = typeof message.overCapFen === "number" ? $BigInt(message.overCapFen) : $util.Long.fromBits(message.overCapFen.low >>> 0, message.overCapFen.high >>> 0, false).toBigInt();
                    else if (typeof message.overCapFen === "number")
                        object.overCapFen = options.longs === $String ? $String(message.overCapFen) : message.overCapFen;
                    else
                        object.overCapFen = options.longs === $String ? $util.Long.prototype.toString.call(message.overCapFen) : options.longs === $Number ? new $util.LongBits(message.overCapFen.low >>> 0, message.overCapFen.high >>> 0).toNumber() : message.overCapFen;
                if (message.classBFirstFen != null && $Object.hasOwnProperty.call(message, "classBFirstFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.classBFirstFen = typeof message.classBFirstFen === "number" ? $BigInt(message.classBFirstFen) : $util.Long.fromBits(message.classBFirstFen.low >>> 0, message.classBFirstFen.high >>> 0, false).toBigInt();
                    else if (typeof message.classBFirstFen === "number")
                        object.classBFirstFen = options.longs === $String ? $String(message.classBFirstFen) : message.classBFirstFen;
                    else
                        object.classBFirstFen = options.longs === $String ? $util.Long.prototype.toString.call(message.classBFirstFen) : options.longs === $Number ? new $util.LongBits(message.classBFirstFen.low >>> 0, message.classBFirstFen.high >>> 0).toNumber() : message.classBFirstFen;
                if (message.inPolicyFen != null && $Object.hasOwnProperty.call(message, "inPolicyFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.inPolicyFen = typeof message.inPolicyFen === "number" ? $BigInt(message.inPolicyFen) : $util.Long.fromBits(message.inPolicyFen.low >>> 0, message.inPolicyFen.high >>> 0, false).toBigInt();
                    else if (typeof message.inPolicyFen === "number")
                        object.inPolicyFen = options.longs === $String ? $String(message.inPolicyFen) : message.inPolicyFen;
                    else
                        object.inPolicyFen = options.longs === $String ? $util.Long.prototype.toString.call(message.inPolicyFen) : options.longs === $Number ? new $util.LongBits(message.inPolicyFen.low >>> 0, message.inPolicyFen.high >>> 0).toNumber() : message.inPolicyFen;
                if (message.priceCapFen != null && $Object.hasOwnProperty.call(message, "priceCapFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.priceCapFen = typeof message.priceCapFen === "number" ? $BigInt(message.priceCapFen) : $util.Long.fromBits(message.priceCapFen.low >>> 0, message.priceCapFen.high >>> 0, false).toBigInt();
                    else if (typeof message.priceCapFen === "number")
                        object.priceCapFen = options.longs === $String ? $String(message.priceCapFen) : message.priceCapFen;
                    else
                        object.priceCapFen = options.longs === $String ? $util.Long.prototype.toString.call(message.priceCapFen) : options.longs === $Number ? new $util.LongBits(message.priceCapFen.low >>> 0, message.priceCapFen.high >>> 0).toNumber() : message.priceCapFen;
                if (message.selfPayRatioBp != null && $Object.hasOwnProperty.call(message, "selfPayRatioBp"))
                    object.selfPayRatioBp = message.selfPayRatioBp;
                return object;
            };

            /**
             * Converts this FeeLineResult to JSON.
             * @function toJSON
             * @memberof ssc.v1.FeeLineResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FeeLineResult.prototype.toJSON = function() {
                return FeeLineResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return FeeLineResult;
        })();

        v1.UploadFeesRequest = (function() {

            /**
             * Properties of an UploadFeesRequest.
             * @typedef {Object} ssc.v1.UploadFeesRequest.$Properties
             * @property {ssc.v1.RequestHeader.$Properties|null} [header] UploadFeesRequest header
             * @property {string|null} [visitId] UploadFeesRequest visitId
             * @property {string|null} [personNo] UploadFeesRequest personNo
             * @property {Array.<ssc.v1.FeeLine.$Properties>|null} [lines] UploadFeesRequest lines
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UploadFeesRequest.
             * @memberof ssc.v1
             * @interface IUploadFeesRequest
             * @augments ssc.v1.UploadFeesRequest.$Properties
             * @deprecated Use ssc.v1.UploadFeesRequest.$Properties instead.
             */

            /**
             * Shape of an UploadFeesRequest.
             * @typedef {ssc.v1.UploadFeesRequest.$Properties} ssc.v1.UploadFeesRequest.$Shape
             */

            /**
             * Constructs a new UploadFeesRequest.
             * @memberof ssc.v1
             * @classdesc Represents an UploadFeesRequest.
             * @constructor
             * @param {ssc.v1.UploadFeesRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UploadFeesRequest = function (properties) {
                this.lines = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UploadFeesRequest header.
             * @member {ssc.v1.RequestHeader.$Properties|null|undefined} header
             * @memberof ssc.v1.UploadFeesRequest
             * @instance
             */
            UploadFeesRequest.prototype.header = null;

            /**
             * UploadFeesRequest visitId.
             * @member {string} visitId
             * @memberof ssc.v1.UploadFeesRequest
             * @instance
             */
            UploadFeesRequest.prototype.visitId = "";

            /**
             * UploadFeesRequest personNo.
             * @member {string} personNo
             * @memberof ssc.v1.UploadFeesRequest
             * @instance
             */
            UploadFeesRequest.prototype.personNo = "";

            /**
             * UploadFeesRequest lines.
             * @member {Array.<ssc.v1.FeeLine.$Properties>} lines
             * @memberof ssc.v1.UploadFeesRequest
             * @instance
             */
            UploadFeesRequest.prototype.lines = $util.emptyArray;

            /**
             * Encodes the specified UploadFeesRequest message. Does not implicitly {@link ssc.v1.UploadFeesRequest.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.UploadFeesRequest
             * @static
             * @param {ssc.v1.UploadFeesRequest.$Properties} message UploadFeesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UploadFeesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.ssc.v1.RequestHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.visitId != null && $Object.hasOwnProperty.call(message, "visitId") && message.visitId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.visitId);
                if (message.personNo != null && $Object.hasOwnProperty.call(message, "personNo") && message.personNo !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.personNo);
                if (message.lines != null && message.lines.length)
                    for (let i = 0; i < message.lines.length; ++i)
                        $root.ssc.v1.FeeLine.encode(message.lines[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UploadFeesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.UploadFeesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.UploadFeesRequest & ssc.v1.UploadFeesRequest.$Shape} UploadFeesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UploadFeesRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.UploadFeesRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.ssc.v1.RequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.visitId = value;
                            else
                                delete message.visitId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.personNo = value;
                            else
                                delete message.personNo;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.lines && message.lines.length))
                                message.lines = [];
                            message.lines.push($root.ssc.v1.FeeLine.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an UploadFeesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.UploadFeesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.UploadFeesRequest} UploadFeesRequest
             */
            UploadFeesRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.UploadFeesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.UploadFeesRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.UploadFeesRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".ssc.v1.UploadFeesRequest.header: object expected");
                    message.header = $root.ssc.v1.RequestHeader.fromObject(object.header, _depth + 1);
                }
                if (object.visitId != null)
                    if (typeof object.visitId !== "string" || object.visitId.length)
                        message.visitId = $String(object.visitId);
                if (object.personNo != null)
                    if (typeof object.personNo !== "string" || object.personNo.length)
                        message.personNo = $String(object.personNo);
                if (object.lines) {
                    if (!$Array.isArray(object.lines))
                        throw $TypeError(".ssc.v1.UploadFeesRequest.lines: array expected");
                    message.lines = $Array(object.lines.length);
                    for (let i = 0; i < object.lines.length; ++i) {
                        if (!$util.isObject(object.lines[i]))
                            throw $TypeError(".ssc.v1.UploadFeesRequest.lines: object expected");
                        message.lines[i] = $root.ssc.v1.FeeLine.fromObject(object.lines[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an UploadFeesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.UploadFeesRequest
             * @static
             * @param {ssc.v1.UploadFeesRequest} message UploadFeesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UploadFeesRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.lines = [];
                if (options.defaults) {
                    object.header = null;
                    object.visitId = "";
                    object.personNo = "";
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.ssc.v1.RequestHeader.toObject(message.header, options, _depth + 1);
                if (message.visitId != null && $Object.hasOwnProperty.call(message, "visitId"))
                    object.visitId = message.visitId;
                if (message.personNo != null && $Object.hasOwnProperty.call(message, "personNo"))
                    object.personNo = message.personNo;
                if (message.lines && message.lines.length) {
                    object.lines = $Array(message.lines.length);
                    for (let j = 0; j < message.lines.length; ++j)
                        object.lines[j] = $root.ssc.v1.FeeLine.toObject(message.lines[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this UploadFeesRequest to JSON.
             * @function toJSON
             * @memberof ssc.v1.UploadFeesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UploadFeesRequest.prototype.toJSON = function() {
                return UploadFeesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return UploadFeesRequest;
        })();

        v1.UploadFeesReply = (function() {

            /**
             * Properties of an UploadFeesReply.
             * @typedef {Object} ssc.v1.UploadFeesReply.$Properties
             * @property {ssc.v1.Outcome.$Properties|null} [outcome] UploadFeesReply outcome
             * @property {string|null} [visitId] UploadFeesReply visitId
             * @property {Array.<ssc.v1.FeeLineResult.$Properties>|null} [lines] UploadFeesReply lines
             * @property {number|null} [lineCount] UploadFeesReply lineCount
             * @property {number|Long|null} [totalFen] UploadFeesReply totalFen
             * @property {number|null} [budgetUs] UploadFeesReply budgetUs
             * @property {ssc.v1.Timings.$Properties|null} [timings] UploadFeesReply timings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UploadFeesReply.
             * @memberof ssc.v1
             * @interface IUploadFeesReply
             * @augments ssc.v1.UploadFeesReply.$Properties
             * @deprecated Use ssc.v1.UploadFeesReply.$Properties instead.
             */

            /**
             * Shape of an UploadFeesReply.
             * @typedef {ssc.v1.UploadFeesReply.$Properties} ssc.v1.UploadFeesReply.$Shape
             */

            /**
             * Constructs a new UploadFeesReply.
             * @memberof ssc.v1
             * @classdesc Represents an UploadFeesReply.
             * @constructor
             * @param {ssc.v1.UploadFeesReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UploadFeesReply = function (properties) {
                this.lines = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UploadFeesReply outcome.
             * @member {ssc.v1.Outcome.$Properties|null|undefined} outcome
             * @memberof ssc.v1.UploadFeesReply
             * @instance
             */
            UploadFeesReply.prototype.outcome = null;

            /**
             * UploadFeesReply visitId.
             * @member {string} visitId
             * @memberof ssc.v1.UploadFeesReply
             * @instance
             */
            UploadFeesReply.prototype.visitId = "";

            /**
             * UploadFeesReply lines.
             * @member {Array.<ssc.v1.FeeLineResult.$Properties>} lines
             * @memberof ssc.v1.UploadFeesReply
             * @instance
             */
            UploadFeesReply.prototype.lines = $util.emptyArray;

            /**
             * UploadFeesReply lineCount.
             * @member {number} lineCount
             * @memberof ssc.v1.UploadFeesReply
             * @instance
             */
            UploadFeesReply.prototype.lineCount = 0;

            /**
             * UploadFeesReply totalFen.
             * @member {number|Long} totalFen
             * @memberof ssc.v1.UploadFeesReply
             * @instance
             */
            UploadFeesReply.prototype.totalFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * UploadFeesReply budgetUs.
             * @member {number} budgetUs
             * @memberof ssc.v1.UploadFeesReply
             * @instance
             */
            UploadFeesReply.prototype.budgetUs = 0;

            /**
             * UploadFeesReply timings.
             * @member {ssc.v1.Timings.$Properties|null|undefined} timings
             * @memberof ssc.v1.UploadFeesReply
             * @instance
             */
            UploadFeesReply.prototype.timings = null;

            /**
             * Encodes the specified UploadFeesReply message. Does not implicitly {@link ssc.v1.UploadFeesReply.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.UploadFeesReply
             * @static
             * @param {ssc.v1.UploadFeesReply.$Properties} message UploadFeesReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UploadFeesReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    $root.ssc.v1.Outcome.encode(message.outcome, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.visitId != null && $Object.hasOwnProperty.call(message, "visitId") && message.visitId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.visitId);
                if (message.lines != null && message.lines.length)
                    for (let i = 0; i < message.lines.length; ++i)
                        $root.ssc.v1.FeeLineResult.encode(message.lines[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.lineCount != null && $Object.hasOwnProperty.call(message, "lineCount") && message.lineCount !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.lineCount);
                if (message.totalFen != null && $Object.hasOwnProperty.call(message, "totalFen") && (typeof message.totalFen === "object" ? message.totalFen.low || message.totalFen.high : message.totalFen !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.totalFen);
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs") && message.budgetUs !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.budgetUs);
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    $root.ssc.v1.Timings.encode(message.timings, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UploadFeesReply message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.UploadFeesReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.UploadFeesReply & ssc.v1.UploadFeesReply.$Shape} UploadFeesReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UploadFeesReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.UploadFeesReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.outcome = $root.ssc.v1.Outcome.decode(reader, reader.size(), $undefined, _depth + 1, message.outcome);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.visitId = value;
                            else
                                delete message.visitId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.lines && message.lines.length))
                                message.lines = [];
                            message.lines.push($root.ssc.v1.FeeLineResult.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lineCount = value;
                            else
                                delete message.lineCount;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalFen = value;
                            else
                                delete message.totalFen;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.budgetUs = value;
                            else
                                delete message.budgetUs;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.timings = $root.ssc.v1.Timings.decode(reader, reader.size(), $undefined, _depth + 1, message.timings);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an UploadFeesReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.UploadFeesReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.UploadFeesReply} UploadFeesReply
             */
            UploadFeesReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.UploadFeesReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.UploadFeesReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.UploadFeesReply();
                if (object.outcome != null) {
                    if (!$util.isObject(object.outcome))
                        throw $TypeError(".ssc.v1.UploadFeesReply.outcome: object expected");
                    message.outcome = $root.ssc.v1.Outcome.fromObject(object.outcome, _depth + 1);
                }
                if (object.visitId != null)
                    if (typeof object.visitId !== "string" || object.visitId.length)
                        message.visitId = $String(object.visitId);
                if (object.lines) {
                    if (!$Array.isArray(object.lines))
                        throw $TypeError(".ssc.v1.UploadFeesReply.lines: array expected");
                    message.lines = $Array(object.lines.length);
                    for (let i = 0; i < object.lines.length; ++i) {
                        if (!$util.isObject(object.lines[i]))
                            throw $TypeError(".ssc.v1.UploadFeesReply.lines: object expected");
                        message.lines[i] = $root.ssc.v1.FeeLineResult.fromObject(object.lines[i], _depth + 1);
                    }
                }
                if (object.lineCount != null)
                    if ($Number(object.lineCount) !== 0)
                        message.lineCount = object.lineCount >>> 0;
                if (object.totalFen != null)
                    if (typeof object.totalFen === "object" ? object.totalFen.low || object.totalFen.high : $Number(object.totalFen) !== 0)
                        if ($util.Long)
                            message.totalFen = $util.Long.fromValue(object.totalFen, false);
                        else if (typeof object.totalFen === "string")
                            message.totalFen = $parseInt(object.totalFen, 10);
                        else if (typeof object.totalFen === "number")
                            message.totalFen = object.totalFen;
                        else if (typeof object.totalFen === "object")
                            message.totalFen = new $util.LongBits(object.totalFen.low >>> 0, object.totalFen.high >>> 0).toNumber();
                if (object.budgetUs != null)
                    if ($Number(object.budgetUs) !== 0)
                        message.budgetUs = object.budgetUs >>> 0;
                if (object.timings != null) {
                    if (!$util.isObject(object.timings))
                        throw $TypeError(".ssc.v1.UploadFeesReply.timings: object expected");
                    message.timings = $root.ssc.v1.Timings.fromObject(object.timings, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an UploadFeesReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.UploadFeesReply
             * @static
             * @param {ssc.v1.UploadFeesReply} message UploadFeesReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UploadFeesReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.lines = [];
                if (options.defaults) {
                    object.outcome = null;
                    object.visitId = "";
                    object.lineCount = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.totalFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.totalFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.budgetUs = 0;
                    object.timings = null;
                }
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = $root.ssc.v1.Outcome.toObject(message.outcome, options, _depth + 1);
                if (message.visitId != null && $Object.hasOwnProperty.call(message, "visitId"))
                    object.visitId = message.visitId;
                if (message.lines && message.lines.length) {
                    object.lines = $Array(message.lines.length);
                    for (let j = 0; j < message.lines.length; ++j)
                        object.lines[j] = $root.ssc.v1.FeeLineResult.toObject(message.lines[j], options, _depth + 1);
                }
                if (message.lineCount != null && $Object.hasOwnProperty.call(message, "lineCount"))
                    object.lineCount = message.lineCount;
                if (message.totalFen != null && $Object.hasOwnProperty.call(message, "totalFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.totalFen = typeof message.totalFen === "number" ? $BigInt(message.totalFen) : $util.Long.fromBits(message.totalFen.low >>> 0, message.totalFen.high >>> 0, false).toBigInt();
                    else if (typeof message.totalFen === "number")
                        object.totalFen = options.longs === $String ? $String(message.totalFen) : message.totalFen;
                    else
                        object.totalFen = options.longs === $String ? $util.Long.prototype.toString.call(message.totalFen) : options.longs === $Number ? new $util.LongBits(message.totalFen.low >>> 0, message.totalFen.high >>> 0).toNumber() : message.totalFen;
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs"))
                    object.budgetUs = message.budgetUs;
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    object.timings = $root.ssc.v1.Timings.toObject(message.timings, options, _depth + 1);
                return object;
            };

            /**
             * Converts this UploadFeesReply to JSON.
             * @function toJSON
             * @memberof ssc.v1.UploadFeesReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UploadFeesReply.prototype.toJSON = function() {
                return UploadFeesReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return UploadFeesReply;
        })();

        v1.WithdrawFeesRequest = (function() {

            /**
             * Properties of a WithdrawFeesRequest.
             * @typedef {Object} ssc.v1.WithdrawFeesRequest.$Properties
             * @property {ssc.v1.RequestHeader.$Properties|null} [header] WithdrawFeesRequest header
             * @property {string|null} [visitId] WithdrawFeesRequest visitId
             * @property {string|null} [personNo] WithdrawFeesRequest personNo
             * @property {Array.<string>|null} [sns] WithdrawFeesRequest sns
             * @property {string|null} [batchNo] WithdrawFeesRequest batchNo
             * @property {boolean|null} [all] WithdrawFeesRequest all
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WithdrawFeesRequest.
             * @memberof ssc.v1
             * @interface IWithdrawFeesRequest
             * @augments ssc.v1.WithdrawFeesRequest.$Properties
             * @deprecated Use ssc.v1.WithdrawFeesRequest.$Properties instead.
             */

            /**
             * Shape of a WithdrawFeesRequest.
             * @typedef {ssc.v1.WithdrawFeesRequest.$Properties} ssc.v1.WithdrawFeesRequest.$Shape
             */

            /**
             * Constructs a new WithdrawFeesRequest.
             * @memberof ssc.v1
             * @classdesc Represents a WithdrawFeesRequest.
             * @constructor
             * @param {ssc.v1.WithdrawFeesRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WithdrawFeesRequest = function (properties) {
                this.sns = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WithdrawFeesRequest header.
             * @member {ssc.v1.RequestHeader.$Properties|null|undefined} header
             * @memberof ssc.v1.WithdrawFeesRequest
             * @instance
             */
            WithdrawFeesRequest.prototype.header = null;

            /**
             * WithdrawFeesRequest visitId.
             * @member {string} visitId
             * @memberof ssc.v1.WithdrawFeesRequest
             * @instance
             */
            WithdrawFeesRequest.prototype.visitId = "";

            /**
             * WithdrawFeesRequest personNo.
             * @member {string} personNo
             * @memberof ssc.v1.WithdrawFeesRequest
             * @instance
             */
            WithdrawFeesRequest.prototype.personNo = "";

            /**
             * WithdrawFeesRequest sns.
             * @member {Array.<string>} sns
             * @memberof ssc.v1.WithdrawFeesRequest
             * @instance
             */
            WithdrawFeesRequest.prototype.sns = $util.emptyArray;

            /**
             * WithdrawFeesRequest batchNo.
             * @member {string} batchNo
             * @memberof ssc.v1.WithdrawFeesRequest
             * @instance
             */
            WithdrawFeesRequest.prototype.batchNo = "";

            /**
             * WithdrawFeesRequest all.
             * @member {boolean} all
             * @memberof ssc.v1.WithdrawFeesRequest
             * @instance
             */
            WithdrawFeesRequest.prototype.all = false;

            /**
             * Encodes the specified WithdrawFeesRequest message. Does not implicitly {@link ssc.v1.WithdrawFeesRequest.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.WithdrawFeesRequest
             * @static
             * @param {ssc.v1.WithdrawFeesRequest.$Properties} message WithdrawFeesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WithdrawFeesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.ssc.v1.RequestHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.visitId != null && $Object.hasOwnProperty.call(message, "visitId") && message.visitId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.visitId);
                if (message.personNo != null && $Object.hasOwnProperty.call(message, "personNo") && message.personNo !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.personNo);
                if (message.sns != null && message.sns.length)
                    for (let i = 0; i < message.sns.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.sns[i]);
                if (message.batchNo != null && $Object.hasOwnProperty.call(message, "batchNo") && message.batchNo !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.batchNo);
                if (message.all != null && $Object.hasOwnProperty.call(message, "all") && message.all !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.all);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WithdrawFeesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.WithdrawFeesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.WithdrawFeesRequest & ssc.v1.WithdrawFeesRequest.$Shape} WithdrawFeesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WithdrawFeesRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.WithdrawFeesRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.ssc.v1.RequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.visitId = value;
                            else
                                delete message.visitId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.personNo = value;
                            else
                                delete message.personNo;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sns && message.sns.length))
                                message.sns = [];
                            message.sns.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.batchNo = value;
                            else
                                delete message.batchNo;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.all = value;
                            else
                                delete message.all;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a WithdrawFeesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.WithdrawFeesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.WithdrawFeesRequest} WithdrawFeesRequest
             */
            WithdrawFeesRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.WithdrawFeesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.WithdrawFeesRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.WithdrawFeesRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".ssc.v1.WithdrawFeesRequest.header: object expected");
                    message.header = $root.ssc.v1.RequestHeader.fromObject(object.header, _depth + 1);
                }
                if (object.visitId != null)
                    if (typeof object.visitId !== "string" || object.visitId.length)
                        message.visitId = $String(object.visitId);
                if (object.personNo != null)
                    if (typeof object.personNo !== "string" || object.personNo.length)
                        message.personNo = $String(object.personNo);
                if (object.sns) {
                    if (!$Array.isArray(object.sns))
                        throw $TypeError(".ssc.v1.WithdrawFeesRequest.sns: array expected");
                    message.sns = $Array(object.sns.length);
                    for (let i = 0; i < object.sns.length; ++i)
                        message.sns[i] = $String(object.sns[i]);
                }
                if (object.batchNo != null)
                    if (typeof object.batchNo !== "string" || object.batchNo.length)
                        message.batchNo = $String(object.batchNo);
                if (object.all != null)
                    if (object.all)
                        message.all = $Boolean(object.all);
                return message;
            };

            /**
             * Creates a plain object from a WithdrawFeesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.WithdrawFeesRequest
             * @static
             * @param {ssc.v1.WithdrawFeesRequest} message WithdrawFeesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WithdrawFeesRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.sns = [];
                if (options.defaults) {
                    object.header = null;
                    object.visitId = "";
                    object.personNo = "";
                    object.batchNo = "";
                    object.all = false;
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.ssc.v1.RequestHeader.toObject(message.header, options, _depth + 1);
                if (message.visitId != null && $Object.hasOwnProperty.call(message, "visitId"))
                    object.visitId = message.visitId;
                if (message.personNo != null && $Object.hasOwnProperty.call(message, "personNo"))
                    object.personNo = message.personNo;
                if (message.sns && message.sns.length) {
                    object.sns = $Array(message.sns.length);
                    for (let j = 0; j < message.sns.length; ++j)
                        object.sns[j] = message.sns[j];
                }
                if (message.batchNo != null && $Object.hasOwnProperty.call(message, "batchNo"))
                    object.batchNo = message.batchNo;
                if (message.all != null && $Object.hasOwnProperty.call(message, "all"))
                    object.all = message.all;
                return object;
            };

            /**
             * Converts this WithdrawFeesRequest to JSON.
             * @function toJSON
             * @memberof ssc.v1.WithdrawFeesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WithdrawFeesRequest.prototype.toJSON = function() {
                return WithdrawFeesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WithdrawFeesRequest;
        })();

        v1.WithdrawFeesReply = (function() {

            /**
             * Properties of a WithdrawFeesReply.
             * @typedef {Object} ssc.v1.WithdrawFeesReply.$Properties
             * @property {ssc.v1.Outcome.$Properties|null} [outcome] WithdrawFeesReply outcome
             * @property {string|null} [visitId] WithdrawFeesReply visitId
             * @property {number|null} [withdrawn] WithdrawFeesReply withdrawn
             * @property {number|null} [lineCount] WithdrawFeesReply lineCount
             * @property {number|Long|null} [totalFen] WithdrawFeesReply totalFen
             * @property {number|null} [budgetUs] WithdrawFeesReply budgetUs
             * @property {ssc.v1.Timings.$Properties|null} [timings] WithdrawFeesReply timings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WithdrawFeesReply.
             * @memberof ssc.v1
             * @interface IWithdrawFeesReply
             * @augments ssc.v1.WithdrawFeesReply.$Properties
             * @deprecated Use ssc.v1.WithdrawFeesReply.$Properties instead.
             */

            /**
             * Shape of a WithdrawFeesReply.
             * @typedef {ssc.v1.WithdrawFeesReply.$Properties} ssc.v1.WithdrawFeesReply.$Shape
             */

            /**
             * Constructs a new WithdrawFeesReply.
             * @memberof ssc.v1
             * @classdesc Represents a WithdrawFeesReply.
             * @constructor
             * @param {ssc.v1.WithdrawFeesReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WithdrawFeesReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WithdrawFeesReply outcome.
             * @member {ssc.v1.Outcome.$Properties|null|undefined} outcome
             * @memberof ssc.v1.WithdrawFeesReply
             * @instance
             */
            WithdrawFeesReply.prototype.outcome = null;

            /**
             * WithdrawFeesReply visitId.
             * @member {string} visitId
             * @memberof ssc.v1.WithdrawFeesReply
             * @instance
             */
            WithdrawFeesReply.prototype.visitId = "";

            /**
             * WithdrawFeesReply withdrawn.
             * @member {number} withdrawn
             * @memberof ssc.v1.WithdrawFeesReply
             * @instance
             */
            WithdrawFeesReply.prototype.withdrawn = 0;

            /**
             * WithdrawFeesReply lineCount.
             * @member {number} lineCount
             * @memberof ssc.v1.WithdrawFeesReply
             * @instance
             */
            WithdrawFeesReply.prototype.lineCount = 0;

            /**
             * WithdrawFeesReply totalFen.
             * @member {number|Long} totalFen
             * @memberof ssc.v1.WithdrawFeesReply
             * @instance
             */
            WithdrawFeesReply.prototype.totalFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * WithdrawFeesReply budgetUs.
             * @member {number} budgetUs
             * @memberof ssc.v1.WithdrawFeesReply
             * @instance
             */
            WithdrawFeesReply.prototype.budgetUs = 0;

            /**
             * WithdrawFeesReply timings.
             * @member {ssc.v1.Timings.$Properties|null|undefined} timings
             * @memberof ssc.v1.WithdrawFeesReply
             * @instance
             */
            WithdrawFeesReply.prototype.timings = null;

            /**
             * Encodes the specified WithdrawFeesReply message. Does not implicitly {@link ssc.v1.WithdrawFeesReply.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.WithdrawFeesReply
             * @static
             * @param {ssc.v1.WithdrawFeesReply.$Properties} message WithdrawFeesReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WithdrawFeesReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    $root.ssc.v1.Outcome.encode(message.outcome, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.visitId != null && $Object.hasOwnProperty.call(message, "visitId") && message.visitId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.visitId);
                if (message.withdrawn != null && $Object.hasOwnProperty.call(message, "withdrawn") && message.withdrawn !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.withdrawn);
                if (message.lineCount != null && $Object.hasOwnProperty.call(message, "lineCount") && message.lineCount !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.lineCount);
                if (message.totalFen != null && $Object.hasOwnProperty.call(message, "totalFen") && (typeof message.totalFen === "object" ? message.totalFen.low || message.totalFen.high : message.totalFen !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.totalFen);
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs") && message.budgetUs !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.budgetUs);
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    $root.ssc.v1.Timings.encode(message.timings, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WithdrawFeesReply message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.WithdrawFeesReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.WithdrawFeesReply & ssc.v1.WithdrawFeesReply.$Shape} WithdrawFeesReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WithdrawFeesReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.WithdrawFeesReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.outcome = $root.ssc.v1.Outcome.decode(reader, reader.size(), $undefined, _depth + 1, message.outcome);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.visitId = value;
                            else
                                delete message.visitId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.withdrawn = value;
                            else
                                delete message.withdrawn;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lineCount = value;
                            else
                                delete message.lineCount;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalFen = value;
                            else
                                delete message.totalFen;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.budgetUs = value;
                            else
                                delete message.budgetUs;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.timings = $root.ssc.v1.Timings.decode(reader, reader.size(), $undefined, _depth + 1, message.timings);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a WithdrawFeesReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.WithdrawFeesReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.WithdrawFeesReply} WithdrawFeesReply
             */
            WithdrawFeesReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.WithdrawFeesReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.WithdrawFeesReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.WithdrawFeesReply();
                if (object.outcome != null) {
                    if (!$util.isObject(object.outcome))
                        throw $TypeError(".ssc.v1.WithdrawFeesReply.outcome: object expected");
                    message.outcome = $root.ssc.v1.Outcome.fromObject(object.outcome, _depth + 1);
                }
                if (object.visitId != null)
                    if (typeof object.visitId !== "string" || object.visitId.length)
                        message.visitId = $String(object.visitId);
                if (object.withdrawn != null)
                    if ($Number(object.withdrawn) !== 0)
                        message.withdrawn = object.withdrawn >>> 0;
                if (object.lineCount != null)
                    if ($Number(object.lineCount) !== 0)
                        message.lineCount = object.lineCount >>> 0;
                if (object.totalFen != null)
                    if (typeof object.totalFen === "object" ? object.totalFen.low || object.totalFen.high : $Number(object.totalFen) !== 0)
                        if ($util.Long)
                            message.totalFen = $util.Long.fromValue(object.totalFen, false);
                        else if (typeof object.totalFen === "string")
                            message.totalFen = $parseInt(object.totalFen, 10);
                        else if (typeof object.totalFen === "number")
                            message.totalFen = object.totalFen;
                        else if (typeof object.totalFen === "object")
                            message.totalFen = new $util.LongBits(object.totalFen.low >>> 0, object.totalFen.high >>> 0).toNumber();
                if (object.budgetUs != null)
                    if ($Number(object.budgetUs) !== 0)
                        message.budgetUs = object.budgetUs >>> 0;
                if (object.timings != null) {
                    if (!$util.isObject(object.timings))
                        throw $TypeError(".ssc.v1.WithdrawFeesReply.timings: object expected");
                    message.timings = $root.ssc.v1.Timings.fromObject(object.timings, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a WithdrawFeesReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.WithdrawFeesReply
             * @static
             * @param {ssc.v1.WithdrawFeesReply} message WithdrawFeesReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WithdrawFeesReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.outcome = null;
                    object.visitId = "";
                    object.withdrawn = 0;
                    object.lineCount = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.totalFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.totalFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.budgetUs = 0;
                    object.timings = null;
                }
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = $root.ssc.v1.Outcome.toObject(message.outcome, options, _depth + 1);
                if (message.visitId != null && $Object.hasOwnProperty.call(message, "visitId"))
                    object.visitId = message.visitId;
                if (message.withdrawn != null && $Object.hasOwnProperty.call(message, "withdrawn"))
                    object.withdrawn = message.withdrawn;
                if (message.lineCount != null && $Object.hasOwnProperty.call(message, "lineCount"))
                    object.lineCount = message.lineCount;
                if (message.totalFen != null && $Object.hasOwnProperty.call(message, "totalFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.totalFen = typeof message.totalFen === "number" ? $BigInt(message.totalFen) : $util.Long.fromBits(message.totalFen.low >>> 0, message.totalFen.high >>> 0, false).toBigInt();
                    else if (typeof message.totalFen === "number")
                        object.totalFen = options.longs === $String ? $String(message.totalFen) : message.totalFen;
                    else
                        object.totalFen = options.longs === $String ? $util.Long.prototype.toString.call(message.totalFen) : options.longs === $Number ? new $util.LongBits(message.totalFen.low >>> 0, message.totalFen.high >>> 0).toNumber() : message.totalFen;
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs"))
                    object.budgetUs = message.budgetUs;
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    object.timings = $root.ssc.v1.Timings.toObject(message.timings, options, _depth + 1);
                return object;
            };

            /**
             * Converts this WithdrawFeesReply to JSON.
             * @function toJSON
             * @memberof ssc.v1.WithdrawFeesReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WithdrawFeesReply.prototype.toJSON = function() {
                return WithdrawFeesReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WithdrawFeesReply;
        })();

        v1.CancelVisitRequest = (function() {

            /**
             * Properties of a CancelVisitRequest.
             * @typedef {Object} ssc.v1.CancelVisitRequest.$Properties
             * @property {ssc.v1.RequestHeader.$Properties|null} [header] CancelVisitRequest header
             * @property {string|null} [visitId] CancelVisitRequest visitId
             * @property {string|null} [personNo] CancelVisitRequest personNo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CancelVisitRequest.
             * @memberof ssc.v1
             * @interface ICancelVisitRequest
             * @augments ssc.v1.CancelVisitRequest.$Properties
             * @deprecated Use ssc.v1.CancelVisitRequest.$Properties instead.
             */

            /**
             * Shape of a CancelVisitRequest.
             * @typedef {ssc.v1.CancelVisitRequest.$Properties} ssc.v1.CancelVisitRequest.$Shape
             */

            /**
             * Constructs a new CancelVisitRequest.
             * @memberof ssc.v1
             * @classdesc Represents a CancelVisitRequest.
             * @constructor
             * @param {ssc.v1.CancelVisitRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CancelVisitRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CancelVisitRequest header.
             * @member {ssc.v1.RequestHeader.$Properties|null|undefined} header
             * @memberof ssc.v1.CancelVisitRequest
             * @instance
             */
            CancelVisitRequest.prototype.header = null;

            /**
             * CancelVisitRequest visitId.
             * @member {string} visitId
             * @memberof ssc.v1.CancelVisitRequest
             * @instance
             */
            CancelVisitRequest.prototype.visitId = "";

            /**
             * CancelVisitRequest personNo.
             * @member {string} personNo
             * @memberof ssc.v1.CancelVisitRequest
             * @instance
             */
            CancelVisitRequest.prototype.personNo = "";

            /**
             * Encodes the specified CancelVisitRequest message. Does not implicitly {@link ssc.v1.CancelVisitRequest.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.CancelVisitRequest
             * @static
             * @param {ssc.v1.CancelVisitRequest.$Properties} message CancelVisitRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelVisitRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.ssc.v1.RequestHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.visitId != null && $Object.hasOwnProperty.call(message, "visitId") && message.visitId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.visitId);
                if (message.personNo != null && $Object.hasOwnProperty.call(message, "personNo") && message.personNo !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.personNo);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CancelVisitRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.CancelVisitRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.CancelVisitRequest & ssc.v1.CancelVisitRequest.$Shape} CancelVisitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelVisitRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.CancelVisitRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.ssc.v1.RequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.visitId = value;
                            else
                                delete message.visitId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.personNo = value;
                            else
                                delete message.personNo;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CancelVisitRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.CancelVisitRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.CancelVisitRequest} CancelVisitRequest
             */
            CancelVisitRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.CancelVisitRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.CancelVisitRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.CancelVisitRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".ssc.v1.CancelVisitRequest.header: object expected");
                    message.header = $root.ssc.v1.RequestHeader.fromObject(object.header, _depth + 1);
                }
                if (object.visitId != null)
                    if (typeof object.visitId !== "string" || object.visitId.length)
                        message.visitId = $String(object.visitId);
                if (object.personNo != null)
                    if (typeof object.personNo !== "string" || object.personNo.length)
                        message.personNo = $String(object.personNo);
                return message;
            };

            /**
             * Creates a plain object from a CancelVisitRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.CancelVisitRequest
             * @static
             * @param {ssc.v1.CancelVisitRequest} message CancelVisitRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CancelVisitRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.header = null;
                    object.visitId = "";
                    object.personNo = "";
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.ssc.v1.RequestHeader.toObject(message.header, options, _depth + 1);
                if (message.visitId != null && $Object.hasOwnProperty.call(message, "visitId"))
                    object.visitId = message.visitId;
                if (message.personNo != null && $Object.hasOwnProperty.call(message, "personNo"))
                    object.personNo = message.personNo;
                return object;
            };

            /**
             * Converts this CancelVisitRequest to JSON.
             * @function toJSON
             * @memberof ssc.v1.CancelVisitRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CancelVisitRequest.prototype.toJSON = function() {
                return CancelVisitRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CancelVisitRequest;
        })();

        v1.DecodeEVoucherRequest = (function() {

            /**
             * Properties of a DecodeEVoucherRequest.
             * @typedef {Object} ssc.v1.DecodeEVoucherRequest.$Properties
             * @property {ssc.v1.RequestHeader.$Properties|null} [header] DecodeEVoucherRequest header
             * @property {string|null} [qrCode] DecodeEVoucherRequest qrCode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DecodeEVoucherRequest.
             * @memberof ssc.v1
             * @interface IDecodeEVoucherRequest
             * @augments ssc.v1.DecodeEVoucherRequest.$Properties
             * @deprecated Use ssc.v1.DecodeEVoucherRequest.$Properties instead.
             */

            /**
             * Shape of a DecodeEVoucherRequest.
             * @typedef {ssc.v1.DecodeEVoucherRequest.$Properties} ssc.v1.DecodeEVoucherRequest.$Shape
             */

            /**
             * Constructs a new DecodeEVoucherRequest.
             * @memberof ssc.v1
             * @classdesc Represents a DecodeEVoucherRequest.
             * @constructor
             * @param {ssc.v1.DecodeEVoucherRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DecodeEVoucherRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DecodeEVoucherRequest header.
             * @member {ssc.v1.RequestHeader.$Properties|null|undefined} header
             * @memberof ssc.v1.DecodeEVoucherRequest
             * @instance
             */
            DecodeEVoucherRequest.prototype.header = null;

            /**
             * DecodeEVoucherRequest qrCode.
             * @member {string} qrCode
             * @memberof ssc.v1.DecodeEVoucherRequest
             * @instance
             */
            DecodeEVoucherRequest.prototype.qrCode = "";

            /**
             * Encodes the specified DecodeEVoucherRequest message. Does not implicitly {@link ssc.v1.DecodeEVoucherRequest.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.DecodeEVoucherRequest
             * @static
             * @param {ssc.v1.DecodeEVoucherRequest.$Properties} message DecodeEVoucherRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DecodeEVoucherRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.ssc.v1.RequestHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.qrCode != null && $Object.hasOwnProperty.call(message, "qrCode") && message.qrCode !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.qrCode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DecodeEVoucherRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.DecodeEVoucherRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.DecodeEVoucherRequest & ssc.v1.DecodeEVoucherRequest.$Shape} DecodeEVoucherRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DecodeEVoucherRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.DecodeEVoucherRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.ssc.v1.RequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.qrCode = value;
                            else
                                delete message.qrCode;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a DecodeEVoucherRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.DecodeEVoucherRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.DecodeEVoucherRequest} DecodeEVoucherRequest
             */
            DecodeEVoucherRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.DecodeEVoucherRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.DecodeEVoucherRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.DecodeEVoucherRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".ssc.v1.DecodeEVoucherRequest.header: object expected");
                    message.header = $root.ssc.v1.RequestHeader.fromObject(object.header, _depth + 1);
                }
                if (object.qrCode != null)
                    if (typeof object.qrCode !== "string" || object.qrCode.length)
                        message.qrCode = $String(object.qrCode);
                return message;
            };

            /**
             * Creates a plain object from a DecodeEVoucherRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.DecodeEVoucherRequest
             * @static
             * @param {ssc.v1.DecodeEVoucherRequest} message DecodeEVoucherRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DecodeEVoucherRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.header = null;
                    object.qrCode = "";
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.ssc.v1.RequestHeader.toObject(message.header, options, _depth + 1);
                if (message.qrCode != null && $Object.hasOwnProperty.call(message, "qrCode"))
                    object.qrCode = message.qrCode;
                return object;
            };

            /**
             * Converts this DecodeEVoucherRequest to JSON.
             * @function toJSON
             * @memberof ssc.v1.DecodeEVoucherRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DecodeEVoucherRequest.prototype.toJSON = function() {
                return DecodeEVoucherRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DecodeEVoucherRequest;
        })();

        v1.DecodeEVoucherReply = (function() {

            /**
             * Properties of a DecodeEVoucherReply.
             * @typedef {Object} ssc.v1.DecodeEVoucherReply.$Properties
             * @property {ssc.v1.Outcome.$Properties|null} [outcome] DecodeEVoucherReply outcome
             * @property {string|null} [ecToken] DecodeEVoucherReply ecToken
             * @property {ssc.v1.PersonSummary.$Properties|null} [person] DecodeEVoucherReply person
             * @property {string|null} [businessType] DecodeEVoucherReply businessType
             * @property {number|Long|null} [expiresMs] DecodeEVoucherReply expiresMs
             * @property {number|null} [budgetUs] DecodeEVoucherReply budgetUs
             * @property {ssc.v1.Timings.$Properties|null} [timings] DecodeEVoucherReply timings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DecodeEVoucherReply.
             * @memberof ssc.v1
             * @interface IDecodeEVoucherReply
             * @augments ssc.v1.DecodeEVoucherReply.$Properties
             * @deprecated Use ssc.v1.DecodeEVoucherReply.$Properties instead.
             */

            /**
             * Shape of a DecodeEVoucherReply.
             * @typedef {ssc.v1.DecodeEVoucherReply.$Properties} ssc.v1.DecodeEVoucherReply.$Shape
             */

            /**
             * Constructs a new DecodeEVoucherReply.
             * @memberof ssc.v1
             * @classdesc Represents a DecodeEVoucherReply.
             * @constructor
             * @param {ssc.v1.DecodeEVoucherReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DecodeEVoucherReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DecodeEVoucherReply outcome.
             * @member {ssc.v1.Outcome.$Properties|null|undefined} outcome
             * @memberof ssc.v1.DecodeEVoucherReply
             * @instance
             */
            DecodeEVoucherReply.prototype.outcome = null;

            /**
             * DecodeEVoucherReply ecToken.
             * @member {string} ecToken
             * @memberof ssc.v1.DecodeEVoucherReply
             * @instance
             */
            DecodeEVoucherReply.prototype.ecToken = "";

            /**
             * DecodeEVoucherReply person.
             * @member {ssc.v1.PersonSummary.$Properties|null|undefined} person
             * @memberof ssc.v1.DecodeEVoucherReply
             * @instance
             */
            DecodeEVoucherReply.prototype.person = null;

            /**
             * DecodeEVoucherReply businessType.
             * @member {string} businessType
             * @memberof ssc.v1.DecodeEVoucherReply
             * @instance
             */
            DecodeEVoucherReply.prototype.businessType = "";

            /**
             * DecodeEVoucherReply expiresMs.
             * @member {number|Long} expiresMs
             * @memberof ssc.v1.DecodeEVoucherReply
             * @instance
             */
            DecodeEVoucherReply.prototype.expiresMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DecodeEVoucherReply budgetUs.
             * @member {number} budgetUs
             * @memberof ssc.v1.DecodeEVoucherReply
             * @instance
             */
            DecodeEVoucherReply.prototype.budgetUs = 0;

            /**
             * DecodeEVoucherReply timings.
             * @member {ssc.v1.Timings.$Properties|null|undefined} timings
             * @memberof ssc.v1.DecodeEVoucherReply
             * @instance
             */
            DecodeEVoucherReply.prototype.timings = null;

            /**
             * Encodes the specified DecodeEVoucherReply message. Does not implicitly {@link ssc.v1.DecodeEVoucherReply.verify|verify} messages.
             * @function encode
             * @memberof ssc.v1.DecodeEVoucherReply
             * @static
             * @param {ssc.v1.DecodeEVoucherReply.$Properties} message DecodeEVoucherReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DecodeEVoucherReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    $root.ssc.v1.Outcome.encode(message.outcome, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.ecToken != null && $Object.hasOwnProperty.call(message, "ecToken") && message.ecToken !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.ecToken);
                if (message.person != null && $Object.hasOwnProperty.call(message, "person"))
                    $root.ssc.v1.PersonSummary.encode(message.person, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.businessType != null && $Object.hasOwnProperty.call(message, "businessType") && message.businessType !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.businessType);
                if (message.expiresMs != null && $Object.hasOwnProperty.call(message, "expiresMs") && (typeof message.expiresMs === "object" ? message.expiresMs.low || message.expiresMs.high : message.expiresMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.expiresMs);
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs") && message.budgetUs !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.budgetUs);
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    $root.ssc.v1.Timings.encode(message.timings, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DecodeEVoucherReply message from the specified reader or buffer.
             * @function decode
             * @memberof ssc.v1.DecodeEVoucherReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ssc.v1.DecodeEVoucherReply & ssc.v1.DecodeEVoucherReply.$Shape} DecodeEVoucherReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DecodeEVoucherReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ssc.v1.DecodeEVoucherReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.outcome = $root.ssc.v1.Outcome.decode(reader, reader.size(), $undefined, _depth + 1, message.outcome);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ecToken = value;
                            else
                                delete message.ecToken;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.person = $root.ssc.v1.PersonSummary.decode(reader, reader.size(), $undefined, _depth + 1, message.person);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.businessType = value;
                            else
                                delete message.businessType;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresMs = value;
                            else
                                delete message.expiresMs;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.budgetUs = value;
                            else
                                delete message.budgetUs;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.timings = $root.ssc.v1.Timings.decode(reader, reader.size(), $undefined, _depth + 1, message.timings);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a DecodeEVoucherReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ssc.v1.DecodeEVoucherReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ssc.v1.DecodeEVoucherReply} DecodeEVoucherReply
             */
            DecodeEVoucherReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ssc.v1.DecodeEVoucherReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ssc.v1.DecodeEVoucherReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ssc.v1.DecodeEVoucherReply();
                if (object.outcome != null) {
                    if (!$util.isObject(object.outcome))
                        throw $TypeError(".ssc.v1.DecodeEVoucherReply.outcome: object expected");
                    message.outcome = $root.ssc.v1.Outcome.fromObject(object.outcome, _depth + 1);
                }
                if (object.ecToken != null)
                    if (typeof object.ecToken !== "string" || object.ecToken.length)
                        message.ecToken = $String(object.ecToken);
                if (object.person != null) {
                    if (!$util.isObject(object.person))
                        throw $TypeError(".ssc.v1.DecodeEVoucherReply.person: object expected");
                    message.person = $root.ssc.v1.PersonSummary.fromObject(object.person, _depth + 1);
                }
                if (object.businessType != null)
                    if (typeof object.businessType !== "string" || object.businessType.length)
                        message.businessType = $String(object.businessType);
                if (object.expiresMs != null)
                    if (typeof object.expiresMs === "object" ? object.expiresMs.low || object.expiresMs.high : $Number(object.expiresMs) !== 0)
                        if ($util.Long)
                            message.expiresMs = $util.Long.fromValue(object.expiresMs, false);
                        else if (typeof object.expiresMs === "string")
                            message.expiresMs = $parseInt(object.expiresMs, 10);
                        else if (typeof object.expiresMs === "number")
                            message.expiresMs = object.expiresMs;
                        else if (typeof object.expiresMs === "object")
                            message.expiresMs = new $util.LongBits(object.expiresMs.low >>> 0, object.expiresMs.high >>> 0).toNumber();
                if (object.budgetUs != null)
                    if ($Number(object.budgetUs) !== 0)
                        message.budgetUs = object.budgetUs >>> 0;
                if (object.timings != null) {
                    if (!$util.isObject(object.timings))
                        throw $TypeError(".ssc.v1.DecodeEVoucherReply.timings: object expected");
                    message.timings = $root.ssc.v1.Timings.fromObject(object.timings, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a DecodeEVoucherReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ssc.v1.DecodeEVoucherReply
             * @static
             * @param {ssc.v1.DecodeEVoucherReply} message DecodeEVoucherReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DecodeEVoucherReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.outcome = null;
                    object.ecToken = "";
                    object.person = null;
                    object.businessType = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.expiresMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expiresMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.budgetUs = 0;
                    object.timings = null;
                }
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = $root.ssc.v1.Outcome.toObject(message.outcome, options, _depth + 1);
                if (message.ecToken != null && $Object.hasOwnProperty.call(message, "ecToken"))
                    object.ecToken = message.ecToken;
                if (message.person != null && $Object.hasOwnProperty.call(message, "person"))
                    object.person = $root.ssc.v1.PersonSummary.toObject(message.person, options, _depth + 1);
                if (message.businessType != null && $Object.hasOwnProperty.call(message, "businessType"))
                    object.businessType = message.businessType;
                if (message.expiresMs != null && $Object.hasOwnProperty.call(message, "expiresMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expiresMs = typeof message.expiresMs === "number" ? $BigInt(message.expiresMs) : $util.Long.fromBits(message.expiresMs.low >>> 0, message.expiresMs.high >>> 0, false).toBigInt();
                    else if (typeof message.expiresMs === "number")
                        object.expiresMs = options.longs === $String ? $String(message.expiresMs) : message.expiresMs;
                    else
                        object.expiresMs = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresMs) : options.longs === $Number ? new $util.LongBits(message.expiresMs.low >>> 0, message.expiresMs.high >>> 0).toNumber() : message.expiresMs;
                if (message.budgetUs != null && $Object.hasOwnProperty.call(message, "budgetUs"))
                    object.budgetUs = message.budgetUs;
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    object.timings = $root.ssc.v1.Timings.toObject(message.timings, options, _depth + 1);
                return object;
            };

            /**
             * Converts this DecodeEVoucherReply to JSON.
             * @function toJSON
             * @memberof ssc.v1.DecodeEVoucherReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DecodeEVoucherReply.prototype.toJSON = function() {
                return DecodeEVoucherReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DecodeEVoucherReply;
        })();

        v1.TransactionService = (function() {

            /**
             * Constructs a new TransactionService service.
             * @memberof ssc.v1
             * @classdesc Represents a TransactionService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            const TransactionService = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(TransactionService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: TransactionService, writable: true, enumerable: false, configurable: true });

            /**
             * Callback as used by {@link ssc.v1.TransactionService#signIn}.
             * @memberof ssc.v1.TransactionService
             * @typedef SignInCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ssc.v1.SignInReply} [response] SignInReply
             */

            /**
             * Calls SignIn.
             * @memberof ssc.v1.TransactionService
             * @typedef SignIn
             * @type {{
             *   (request: ssc.v1.ISignInRequest, callback: ssc.v1.TransactionService.SignInCallback): void;
             *   (request: ssc.v1.ISignInRequest): Promise<ssc.v1.SignInReply>;
             *   readonly name: "SignIn";
             *   readonly path: "/ssc.v1.TransactionService/SignIn";
             *   readonly requestType: "SignInRequest";
             *   readonly responseType: "SignInReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls SignIn.
             * @name ssc.v1.TransactionService#signIn
             * @type {ssc.v1.TransactionService.SignIn}
             */
            $Object.defineProperties(TransactionService.prototype.signIn = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, TransactionService.prototype.signIn, $root.ssc.v1.SignInRequest, $root.ssc.v1.SignInReply, request, callback);
            }, {
                name: { value: "SignIn" },
                path: { value: "/ssc.v1.TransactionService/SignIn" },
                requestType: { value: "SignInRequest" },
                responseType: { value: "SignInReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ssc.v1.TransactionService#signOut}.
             * @memberof ssc.v1.TransactionService
             * @typedef SignOutCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ssc.v1.SignOutReply} [response] SignOutReply
             */

            /**
             * Calls SignOut.
             * @memberof ssc.v1.TransactionService
             * @typedef SignOut
             * @type {{
             *   (request: ssc.v1.ISignOutRequest, callback: ssc.v1.TransactionService.SignOutCallback): void;
             *   (request: ssc.v1.ISignOutRequest): Promise<ssc.v1.SignOutReply>;
             *   readonly name: "SignOut";
             *   readonly path: "/ssc.v1.TransactionService/SignOut";
             *   readonly requestType: "SignOutRequest";
             *   readonly responseType: "SignOutReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls SignOut.
             * @name ssc.v1.TransactionService#signOut
             * @type {ssc.v1.TransactionService.SignOut}
             */
            $Object.defineProperties(TransactionService.prototype.signOut = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, TransactionService.prototype.signOut, $root.ssc.v1.SignOutRequest, $root.ssc.v1.SignOutReply, request, callback);
            }, {
                name: { value: "SignOut" },
                path: { value: "/ssc.v1.TransactionService/SignOut" },
                requestType: { value: "SignOutRequest" },
                responseType: { value: "SignOutReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ssc.v1.TransactionService#inquire}.
             * @memberof ssc.v1.TransactionService
             * @typedef InquireCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ssc.v1.InquireReply} [response] InquireReply
             */

            /**
             * Calls Inquire.
             * @memberof ssc.v1.TransactionService
             * @typedef Inquire
             * @type {{
             *   (request: ssc.v1.IInquireRequest, callback: ssc.v1.TransactionService.InquireCallback): void;
             *   (request: ssc.v1.IInquireRequest): Promise<ssc.v1.InquireReply>;
             *   readonly name: "Inquire";
             *   readonly path: "/ssc.v1.TransactionService/Inquire";
             *   readonly requestType: "InquireRequest";
             *   readonly responseType: "InquireReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Inquire.
             * @name ssc.v1.TransactionService#inquire
             * @type {ssc.v1.TransactionService.Inquire}
             */
            $Object.defineProperties(TransactionService.prototype.inquire = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, TransactionService.prototype.inquire, $root.ssc.v1.InquireRequest, $root.ssc.v1.InquireReply, request, callback);
            }, {
                name: { value: "Inquire" },
                path: { value: "/ssc.v1.TransactionService/Inquire" },
                requestType: { value: "InquireRequest" },
                responseType: { value: "InquireReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ssc.v1.TransactionService#preSettle}.
             * @memberof ssc.v1.TransactionService
             * @typedef PreSettleCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ssc.v1.SettleReply} [response] SettleReply
             */

            /**
             * Calls PreSettle.
             * @memberof ssc.v1.TransactionService
             * @typedef PreSettle
             * @type {{
             *   (request: ssc.v1.ISettleRequest, callback: ssc.v1.TransactionService.PreSettleCallback): void;
             *   (request: ssc.v1.ISettleRequest): Promise<ssc.v1.SettleReply>;
             *   readonly name: "PreSettle";
             *   readonly path: "/ssc.v1.TransactionService/PreSettle";
             *   readonly requestType: "SettleRequest";
             *   readonly responseType: "SettleReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls PreSettle.
             * @name ssc.v1.TransactionService#preSettle
             * @type {ssc.v1.TransactionService.PreSettle}
             */
            $Object.defineProperties(TransactionService.prototype.preSettle = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, TransactionService.prototype.preSettle, $root.ssc.v1.SettleRequest, $root.ssc.v1.SettleReply, request, callback);
            }, {
                name: { value: "PreSettle" },
                path: { value: "/ssc.v1.TransactionService/PreSettle" },
                requestType: { value: "SettleRequest" },
                responseType: { value: "SettleReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ssc.v1.TransactionService#settle}.
             * @memberof ssc.v1.TransactionService
             * @typedef SettleCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ssc.v1.SettleReply} [response] SettleReply
             */

            /**
             * Calls Settle.
             * @memberof ssc.v1.TransactionService
             * @typedef Settle
             * @type {{
             *   (request: ssc.v1.ISettleRequest, callback: ssc.v1.TransactionService.SettleCallback): void;
             *   (request: ssc.v1.ISettleRequest): Promise<ssc.v1.SettleReply>;
             *   readonly name: "Settle";
             *   readonly path: "/ssc.v1.TransactionService/Settle";
             *   readonly requestType: "SettleRequest";
             *   readonly responseType: "SettleReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Settle.
             * @name ssc.v1.TransactionService#settle
             * @type {ssc.v1.TransactionService.Settle}
             */
            $Object.defineProperties(TransactionService.prototype.settle = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, TransactionService.prototype.settle, $root.ssc.v1.SettleRequest, $root.ssc.v1.SettleReply, request, callback);
            }, {
                name: { value: "Settle" },
                path: { value: "/ssc.v1.TransactionService/Settle" },
                requestType: { value: "SettleRequest" },
                responseType: { value: "SettleReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ssc.v1.TransactionService#cancelSettlement}.
             * @memberof ssc.v1.TransactionService
             * @typedef CancelSettlementCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ssc.v1.CancelSettlementReply} [response] CancelSettlementReply
             */

            /**
             * Calls CancelSettlement.
             * @memberof ssc.v1.TransactionService
             * @typedef CancelSettlement
             * @type {{
             *   (request: ssc.v1.ICancelSettlementRequest, callback: ssc.v1.TransactionService.CancelSettlementCallback): void;
             *   (request: ssc.v1.ICancelSettlementRequest): Promise<ssc.v1.CancelSettlementReply>;
             *   readonly name: "CancelSettlement";
             *   readonly path: "/ssc.v1.TransactionService/CancelSettlement";
             *   readonly requestType: "CancelSettlementRequest";
             *   readonly responseType: "CancelSettlementReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls CancelSettlement.
             * @name ssc.v1.TransactionService#cancelSettlement
             * @type {ssc.v1.TransactionService.CancelSettlement}
             */
            $Object.defineProperties(TransactionService.prototype.cancelSettlement = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, TransactionService.prototype.cancelSettlement, $root.ssc.v1.CancelSettlementRequest, $root.ssc.v1.CancelSettlementReply, request, callback);
            }, {
                name: { value: "CancelSettlement" },
                path: { value: "/ssc.v1.TransactionService/CancelSettlement" },
                requestType: { value: "CancelSettlementRequest" },
                responseType: { value: "CancelSettlementReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ssc.v1.TransactionService#reverse}.
             * @memberof ssc.v1.TransactionService
             * @typedef ReverseCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ssc.v1.ReverseReply} [response] ReverseReply
             */

            /**
             * Calls Reverse.
             * @memberof ssc.v1.TransactionService
             * @typedef Reverse
             * @type {{
             *   (request: ssc.v1.IReverseRequest, callback: ssc.v1.TransactionService.ReverseCallback): void;
             *   (request: ssc.v1.IReverseRequest): Promise<ssc.v1.ReverseReply>;
             *   readonly name: "Reverse";
             *   readonly path: "/ssc.v1.TransactionService/Reverse";
             *   readonly requestType: "ReverseRequest";
             *   readonly responseType: "ReverseReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Reverse.
             * @name ssc.v1.TransactionService#reverse
             * @type {ssc.v1.TransactionService.Reverse}
             */
            $Object.defineProperties(TransactionService.prototype.reverse = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, TransactionService.prototype.reverse, $root.ssc.v1.ReverseRequest, $root.ssc.v1.ReverseReply, request, callback);
            }, {
                name: { value: "Reverse" },
                path: { value: "/ssc.v1.TransactionService/Reverse" },
                requestType: { value: "ReverseRequest" },
                responseType: { value: "ReverseReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ssc.v1.TransactionService#reconcileTotals}.
             * @memberof ssc.v1.TransactionService
             * @typedef ReconcileTotalsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ssc.v1.ReconcileTotalsReply} [response] ReconcileTotalsReply
             */

            /**
             * Calls ReconcileTotals.
             * @memberof ssc.v1.TransactionService
             * @typedef ReconcileTotals
             * @type {{
             *   (request: ssc.v1.IReconcileTotalsRequest, callback: ssc.v1.TransactionService.ReconcileTotalsCallback): void;
             *   (request: ssc.v1.IReconcileTotalsRequest): Promise<ssc.v1.ReconcileTotalsReply>;
             *   readonly name: "ReconcileTotals";
             *   readonly path: "/ssc.v1.TransactionService/ReconcileTotals";
             *   readonly requestType: "ReconcileTotalsRequest";
             *   readonly responseType: "ReconcileTotalsReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ReconcileTotals.
             * @name ssc.v1.TransactionService#reconcileTotals
             * @type {ssc.v1.TransactionService.ReconcileTotals}
             */
            $Object.defineProperties(TransactionService.prototype.reconcileTotals = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, TransactionService.prototype.reconcileTotals, $root.ssc.v1.ReconcileTotalsRequest, $root.ssc.v1.ReconcileTotalsReply, request, callback);
            }, {
                name: { value: "ReconcileTotals" },
                path: { value: "/ssc.v1.TransactionService/ReconcileTotals" },
                requestType: { value: "ReconcileTotalsRequest" },
                responseType: { value: "ReconcileTotalsReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ssc.v1.TransactionService#listSettlements}.
             * @memberof ssc.v1.TransactionService
             * @typedef ListSettlementsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ssc.v1.SettlementDetail} [response] SettlementDetail
             */

            /**
             * Calls ListSettlements.
             * @memberof ssc.v1.TransactionService
             * @typedef ListSettlements
             * @type {{
             *   (request: ssc.v1.IListSettlementsRequest, callback: ssc.v1.TransactionService.ListSettlementsCallback): void;
             *   (request: ssc.v1.IListSettlementsRequest): Promise<ssc.v1.SettlementDetail>;
             *   readonly name: "ListSettlements";
             *   readonly path: "/ssc.v1.TransactionService/ListSettlements";
             *   readonly requestType: "ListSettlementsRequest";
             *   readonly responseType: "SettlementDetail";
             *   readonly requestStream: undefined;
             *   readonly responseStream: true;
             * }}
             */

            /**
             * Calls ListSettlements.
             * @name ssc.v1.TransactionService#listSettlements
             * @type {ssc.v1.TransactionService.ListSettlements}
             */
            $Object.defineProperties(TransactionService.prototype.listSettlements = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, TransactionService.prototype.listSettlements, $root.ssc.v1.ListSettlementsRequest, $root.ssc.v1.SettlementDetail, request, callback);
            }, {
                name: { value: "ListSettlements" },
                path: { value: "/ssc.v1.TransactionService/ListSettlements" },
                requestType: { value: "ListSettlementsRequest" },
                responseType: { value: "SettlementDetail" },
                requestStream: { value: $undefined },
                responseStream: { value: true }
            });

            /**
             * Callback as used by {@link ssc.v1.TransactionService#openVisit}.
             * @memberof ssc.v1.TransactionService
             * @typedef OpenVisitCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ssc.v1.VisitReply} [response] VisitReply
             */

            /**
             * Calls OpenVisit.
             * @memberof ssc.v1.TransactionService
             * @typedef OpenVisit
             * @type {{
             *   (request: ssc.v1.IOpenVisitRequest, callback: ssc.v1.TransactionService.OpenVisitCallback): void;
             *   (request: ssc.v1.IOpenVisitRequest): Promise<ssc.v1.VisitReply>;
             *   readonly name: "OpenVisit";
             *   readonly path: "/ssc.v1.TransactionService/OpenVisit";
             *   readonly requestType: "OpenVisitRequest";
             *   readonly responseType: "VisitReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls OpenVisit.
             * @name ssc.v1.TransactionService#openVisit
             * @type {ssc.v1.TransactionService.OpenVisit}
             */
            $Object.defineProperties(TransactionService.prototype.openVisit = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, TransactionService.prototype.openVisit, $root.ssc.v1.OpenVisitRequest, $root.ssc.v1.VisitReply, request, callback);
            }, {
                name: { value: "OpenVisit" },
                path: { value: "/ssc.v1.TransactionService/OpenVisit" },
                requestType: { value: "OpenVisitRequest" },
                responseType: { value: "VisitReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ssc.v1.TransactionService#updateVisit}.
             * @memberof ssc.v1.TransactionService
             * @typedef UpdateVisitCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ssc.v1.VisitReply} [response] VisitReply
             */

            /**
             * Calls UpdateVisit.
             * @memberof ssc.v1.TransactionService
             * @typedef UpdateVisit
             * @type {{
             *   (request: ssc.v1.IUpdateVisitRequest, callback: ssc.v1.TransactionService.UpdateVisitCallback): void;
             *   (request: ssc.v1.IUpdateVisitRequest): Promise<ssc.v1.VisitReply>;
             *   readonly name: "UpdateVisit";
             *   readonly path: "/ssc.v1.TransactionService/UpdateVisit";
             *   readonly requestType: "UpdateVisitRequest";
             *   readonly responseType: "VisitReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls UpdateVisit.
             * @name ssc.v1.TransactionService#updateVisit
             * @type {ssc.v1.TransactionService.UpdateVisit}
             */
            $Object.defineProperties(TransactionService.prototype.updateVisit = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, TransactionService.prototype.updateVisit, $root.ssc.v1.UpdateVisitRequest, $root.ssc.v1.VisitReply, request, callback);
            }, {
                name: { value: "UpdateVisit" },
                path: { value: "/ssc.v1.TransactionService/UpdateVisit" },
                requestType: { value: "UpdateVisitRequest" },
                responseType: { value: "VisitReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ssc.v1.TransactionService#uploadFees}.
             * @memberof ssc.v1.TransactionService
             * @typedef UploadFeesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ssc.v1.UploadFeesReply} [response] UploadFeesReply
             */

            /**
             * Calls UploadFees.
             * @memberof ssc.v1.TransactionService
             * @typedef UploadFees
             * @type {{
             *   (request: ssc.v1.IUploadFeesRequest, callback: ssc.v1.TransactionService.UploadFeesCallback): void;
             *   (request: ssc.v1.IUploadFeesRequest): Promise<ssc.v1.UploadFeesReply>;
             *   readonly name: "UploadFees";
             *   readonly path: "/ssc.v1.TransactionService/UploadFees";
             *   readonly requestType: "UploadFeesRequest";
             *   readonly responseType: "UploadFeesReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls UploadFees.
             * @name ssc.v1.TransactionService#uploadFees
             * @type {ssc.v1.TransactionService.UploadFees}
             */
            $Object.defineProperties(TransactionService.prototype.uploadFees = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, TransactionService.prototype.uploadFees, $root.ssc.v1.UploadFeesRequest, $root.ssc.v1.UploadFeesReply, request, callback);
            }, {
                name: { value: "UploadFees" },
                path: { value: "/ssc.v1.TransactionService/UploadFees" },
                requestType: { value: "UploadFeesRequest" },
                responseType: { value: "UploadFeesReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ssc.v1.TransactionService#withdrawFees}.
             * @memberof ssc.v1.TransactionService
             * @typedef WithdrawFeesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ssc.v1.WithdrawFeesReply} [response] WithdrawFeesReply
             */

            /**
             * Calls WithdrawFees.
             * @memberof ssc.v1.TransactionService
             * @typedef WithdrawFees
             * @type {{
             *   (request: ssc.v1.IWithdrawFeesRequest, callback: ssc.v1.TransactionService.WithdrawFeesCallback): void;
             *   (request: ssc.v1.IWithdrawFeesRequest): Promise<ssc.v1.WithdrawFeesReply>;
             *   readonly name: "WithdrawFees";
             *   readonly path: "/ssc.v1.TransactionService/WithdrawFees";
             *   readonly requestType: "WithdrawFeesRequest";
             *   readonly responseType: "WithdrawFeesReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls WithdrawFees.
             * @name ssc.v1.TransactionService#withdrawFees
             * @type {ssc.v1.TransactionService.WithdrawFees}
             */
            $Object.defineProperties(TransactionService.prototype.withdrawFees = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, TransactionService.prototype.withdrawFees, $root.ssc.v1.WithdrawFeesRequest, $root.ssc.v1.WithdrawFeesReply, request, callback);
            }, {
                name: { value: "WithdrawFees" },
                path: { value: "/ssc.v1.TransactionService/WithdrawFees" },
                requestType: { value: "WithdrawFeesRequest" },
                responseType: { value: "WithdrawFeesReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ssc.v1.TransactionService#cancelVisit}.
             * @memberof ssc.v1.TransactionService
             * @typedef CancelVisitCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ssc.v1.VisitReply} [response] VisitReply
             */

            /**
             * Calls CancelVisit.
             * @memberof ssc.v1.TransactionService
             * @typedef CancelVisit
             * @type {{
             *   (request: ssc.v1.ICancelVisitRequest, callback: ssc.v1.TransactionService.CancelVisitCallback): void;
             *   (request: ssc.v1.ICancelVisitRequest): Promise<ssc.v1.VisitReply>;
             *   readonly name: "CancelVisit";
             *   readonly path: "/ssc.v1.TransactionService/CancelVisit";
             *   readonly requestType: "CancelVisitRequest";
             *   readonly responseType: "VisitReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls CancelVisit.
             * @name ssc.v1.TransactionService#cancelVisit
             * @type {ssc.v1.TransactionService.CancelVisit}
             */
            $Object.defineProperties(TransactionService.prototype.cancelVisit = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, TransactionService.prototype.cancelVisit, $root.ssc.v1.CancelVisitRequest, $root.ssc.v1.VisitReply, request, callback);
            }, {
                name: { value: "CancelVisit" },
                path: { value: "/ssc.v1.TransactionService/CancelVisit" },
                requestType: { value: "CancelVisitRequest" },
                responseType: { value: "VisitReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ssc.v1.TransactionService#decodeEVoucher}.
             * @memberof ssc.v1.TransactionService
             * @typedef DecodeEVoucherCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ssc.v1.DecodeEVoucherReply} [response] DecodeEVoucherReply
             */

            /**
             * Calls DecodeEVoucher.
             * @memberof ssc.v1.TransactionService
             * @typedef DecodeEVoucher
             * @type {{
             *   (request: ssc.v1.IDecodeEVoucherRequest, callback: ssc.v1.TransactionService.DecodeEVoucherCallback): void;
             *   (request: ssc.v1.IDecodeEVoucherRequest): Promise<ssc.v1.DecodeEVoucherReply>;
             *   readonly name: "DecodeEVoucher";
             *   readonly path: "/ssc.v1.TransactionService/DecodeEVoucher";
             *   readonly requestType: "DecodeEVoucherRequest";
             *   readonly responseType: "DecodeEVoucherReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls DecodeEVoucher.
             * @name ssc.v1.TransactionService#decodeEVoucher
             * @type {ssc.v1.TransactionService.DecodeEVoucher}
             */
            $Object.defineProperties(TransactionService.prototype.decodeEVoucher = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, TransactionService.prototype.decodeEVoucher, $root.ssc.v1.DecodeEVoucherRequest, $root.ssc.v1.DecodeEVoucherReply, request, callback);
            }, {
                name: { value: "DecodeEVoucher" },
                path: { value: "/ssc.v1.TransactionService/DecodeEVoucher" },
                requestType: { value: "DecodeEVoucherRequest" },
                responseType: { value: "DecodeEVoucherReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return TransactionService;
        })();

        return v1;
    })();

    return ssc;
})();

export {
  $root as default
};
